package org.actionmap.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Real HTTP against the app on its random port, as QGIS or GDAL would send it: with a token, a session, or nothing. */
final class OgcClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    /** The Authorization header sent with every request, or null. */
    private final String authorization;

    private OgcClient(HttpClient http, String base, String authorization) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
    }

    static OgcClient withToken(int port, String token) {
        return new OgcClient(HttpClient.newHttpClient(), "http://localhost:" + port, "Bearer " + token);
    }

    /** HTTP Basic with the token as the password, as QGIS's Basic authentication configuration sends it. */
    static OgcClient withBasic(int port, String user, String password) {
        String pair = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new OgcClient(HttpClient.newHttpClient(), "http://localhost:" + port, "Basic " + pair);
    }

    static OgcClient anonymous(int port) {
        return new OgcClient(HttpClient.newHttpClient(), "http://localhost:" + port, null);
    }

    /** Signs in through the portal's sign-in form and keeps the session cookie, like a browser. */
    static OgcClient signedIn(int port, String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + login.statusCode() + " " + login.headers().map());
        }
        return new OgcClient(http, base, null);
    }

    HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return get(pathOrUrl, null);
    }

    HttpResponse<String> get(String pathOrUrl, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    byte[] getBytes(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** GET that must answer 200 with JSON; the parsed document. */
    JsonNode json(String pathOrUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathOrUrl);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathOrUrl + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static String link(JsonNode doc, String rel) {
        for (JsonNode link : doc.path("links")) {
            if (rel.equals(link.path("rel").asText())) {
                return link.path("href").asText();
            }
        }
        return null;
    }

    static List<Long> ids(JsonNode featureCollection) {
        List<Long> ids = new ArrayList<>();
        featureCollection.path("features").forEach(f -> ids.add(f.path("id").asLong()));
        return ids;
    }
}
