package org.actionmap.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.actionmap.common.Translations;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * 401 for map data and the OGC API, never a redirect to the sign-in page (which neither a map nor QGIS can show): an
 * OGC API exception document ({@code code}, {@code description}) in the language the client asks for (English when it
 * asks for none), and the {@code WWW-Authenticate: Bearer} challenge that tells a desktop client to send a token.
 */
final class ApiUnauthorizedEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean tokenRefused = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH : request.getLocale();
        String description = text(locale, tokenRefused ? "api.error.token-refused" : "api.error.unauthorized");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenRefused
                ? "Bearer realm=\"ActionMap\", error=\"invalid_token\"" : "Bearer realm=\"ActionMap\"");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"code\":\"Unauthorized\",\"description\":\"" + jsonEscape(description) + "\"}");
    }

    private static String text(Locale locale, String key) {
        return Translations.text(key, locale).or(() -> Translations.text(key, Locale.ROOT)).orElse(key);
    }

    private static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
