package org.actionmap.bench;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parcel vector-tile benchmark: the app's tile endpoint ({@code GET /tiles/parcels/{z}/{x}/{y}.mvt}, over real
 * HTTP with a signed-in session) against its floor, the very same {@code ST_AsMVT} query run over plain JDBC on the
 * same database, for the same random tiles per zoom level. The result is the ratio endpoint / raw, measured in one
 * run; the aim is at most 1.2.
 *
 * <p>Started by {@code ./actionmap bench tiles}, which makes the database, loads the synthetic parcels, starts the
 * app and passes the settings as {@code --name=value} arguments (see {@link Settings}). Not part of the test suite.
 */
public final class TileBench {

    /** The aim: the endpoint takes at most this many times as long as the query it runs. */
    static final double AIM = 1.2;

    public static void main(String[] args) throws Exception {
        Settings s = Settings.parse(args);
        String tileSql = appTileQuery();
        try (Connection db = DriverManager.getConnection(s.jdbcUrl, s.jdbcUser, s.jdbcPassword)) {
            DataSummary data = DataSummary.read(db);
            Map<Integer, List<Tile>> tiles = new LinkedHashMap<>();
            for (int z : s.zooms) {
                tiles.put(z, pickTiles(db, z, s.tilesPerZoom, s.seed));
            }
            Tile empty = emptyTile(db);

            Endpoint endpoint = Endpoint.signIn(s.baseUrl, s.user, s.password);
            try (PreparedStatement raw = db.prepareStatement(tileSql)) {
                String loadBefore = loadAverage();
                long started = System.nanoTime();

                // Warm-up: every tile once by both ways, untimed (JIT of app and client, the connection pools'
                // server-side prepared statements, PostgreSQL's buffer cache). Doubles as the check that both ways
                // return the same tile: the same bytes, or (when PostgreSQL aggregated the rows in another order,
                // e.g. with a parallel plan) the same features.
                int identical = 0;
                int reordered = 0;
                for (int pass = 0; pass < s.warmupPasses; pass++) {
                    for (List<Tile> zoomTiles : tiles.values()) {
                        for (Tile t : zoomTiles) {
                            byte[] viaHttp = endpoint.fetch(t);
                            byte[] viaJdbc = runRaw(raw, t);
                            if (Arrays.equals(viaHttp, viaJdbc)) {
                                identical++;
                            } else if (Arrays.equals(Mvt.featureIds(viaHttp), Mvt.featureIds(viaJdbc))) {
                                reordered++;
                            } else {
                                throw new IllegalStateException("tile " + t + ": the endpoint returned other features ("
                                        + Mvt.featureIds(viaHttp).length + ") than the raw query ("
                                        + Mvt.featureIds(viaJdbc).length + ")");
                            }
                        }
                    }
                }
                // ...then many cheap requests, so that both JVMs' hot paths are compiled by C2 (thousands of
                // calls) before anything is timed; a short warm-up leaves the fixed cost of a request twice as high
                List<Tile> cheap = new ArrayList<>(tiles.getOrDefault(s.zooms[s.zooms.length - 1], List.of()));
                cheap.add(empty);
                for (int i = 0; i < s.warmupRequests; i++) {
                    Tile t = cheap.get(i % cheap.size());
                    endpoint.fetch(t);
                    runRaw(raw, t);
                }
                System.err.printf(Locale.ROOT, "bench: warmed up; by HTTP and JDBC %d tiles identical, %d with the same "
                        + "features in another order%n", identical, reordered);

                // Measured rounds. Within a round the two ways alternate which goes first, tile by tile, and the
                // order flips from round to round, so neither way always runs on the cache the other just warmed.
                Map<Integer, Samples> results = new LinkedHashMap<>();
                Samples emptySamples = new Samples();
                for (int z : s.zooms) {
                    results.put(z, new Samples());
                }
                for (int round = 0; round < s.rounds; round++) {
                    for (int z : s.zooms) {
                        List<Tile> zoomTiles = tiles.get(z);
                        for (int i = 0; i < zoomTiles.size(); i++) {
                            measurePair(endpoint, raw, zoomTiles.get(i), (i + round) % 2 == 0, results.get(z));
                        }
                    }
                    for (int i = 0; i < 20; i++) {
                        measurePair(endpoint, raw, empty, (i + round) % 2 == 0, emptySamples);
                    }
                    System.err.printf(Locale.ROOT, "bench: round %d of %d done%n", round + 1, s.rounds);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                String report = Report.markdown(s, data, tiles, results, emptySamples, empty, seconds,
                        loadBefore, loadAverage());
                System.out.println(report);
                Path out = s.outDir.resolve("tiles-" + LocalDate.now() + ".md");
                Files.createDirectories(s.outDir);
                Files.writeString(out, report);
                System.err.println("bench: report written to " + out);
            }
        }
    }

    /**
     * The app's own tile SQL, read from {@code LandMapDataController.PARCEL_TILE} (a private constant of a
     * package-private class, hence reflection) so that the raw query is literally the text the endpoint runs.
     */
    static String appTileQuery() throws ReflectiveOperationException {
        Field field = Class.forName("org.actionmap.land.LandMapDataController").getDeclaredField("PARCEL_TILE");
        field.setAccessible(true);
        return (String) field.get(null);
    }

    static byte[] runRaw(PreparedStatement raw, Tile t) throws SQLException {
        raw.setInt(1, t.z);
        raw.setInt(2, t.x);
        raw.setInt(3, t.y);
        try (ResultSet rs = raw.executeQuery()) {
            rs.next();
            byte[] tile = rs.getBytes(1);
            return tile == null ? new byte[0] : tile;
        }
    }

    static void measurePair(Endpoint endpoint, PreparedStatement raw, Tile t, boolean endpointFirst, Samples into)
            throws Exception {
        long e;
        long r;
        int size;
        if (endpointFirst) {
            long t0 = System.nanoTime();
            size = endpoint.fetch(t).length;
            long t1 = System.nanoTime();
            runRaw(raw, t);
            long t2 = System.nanoTime();
            e = t1 - t0;
            r = t2 - t1;
        } else {
            long t0 = System.nanoTime();
            runRaw(raw, t);
            long t1 = System.nanoTime();
            size = endpoint.fetch(t).length;
            long t2 = System.nanoTime();
            r = t1 - t0;
            e = t2 - t1;
        }
        into.add(e, r, size);
    }

    /**
     * {@code count} distinct tiles of zoom {@code z} that hold parcels, drawn with a fixed seed and with a
     * probability proportional to the number of parcels whose centre lies in them (a map user looks where the
     * parcels are; an almost empty tile is as cheap as the fixed cost measured by the empty tile).
     */
    static List<Tile> pickTiles(Connection db, int z, int count, long seed) throws SQLException {
        List<Tile> all = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        String sql = """
                select x, y, count(*) from (
                    select floor((st_x(c) + 180) / 360 * 2 ^ ?)::int as x,
                           floor((1 - ln(tan(radians(st_y(c))) + 1 / cos(radians(st_y(c)))) / pi()) / 2 * 2 ^ ?)::int as y
                      from (select st_centroid(geom) as c from parcel where deleted_at is null) p) t
                 group by x, y
                 order by x, y
                """;
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setInt(1, z);
            ps.setInt(2, z);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new Tile(z, rs.getInt(1), rs.getInt(2)));
                    weights.add(rs.getLong(3));
                }
            }
        }
        Random random = new Random(seed * 31 + z);
        Set<Tile> picked = new LinkedHashSet<>();
        long total = weights.stream().mapToLong(Long::longValue).sum();
        while (picked.size() < Math.min(count, all.size())) {
            long r = (long) (random.nextDouble() * total);
            int i = 0;
            while (r >= weights.get(i)) {
                r -= weights.get(i);
                i++;
            }
            picked.add(all.get(i));
        }
        return new ArrayList<>(picked);
    }

    /** A zoom-16 tile in the data's area without a parcel: the fixed cost of a request, for the diagnosis. */
    static Tile emptyTile(Connection db) throws SQLException {
        // the tile south-west of the data's extent, one tile outside it
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("""
                     select floor((st_xmin(e) + 180) / 360 * 65536)::int - 1,
                            floor((1 - ln(tan(radians(st_ymin(e))) + 1 / cos(radians(st_ymin(e)))) / pi()) / 2 * 65536)::int + 1
                       from (select st_extent(geom) as e from parcel) x
                     """)) {
            rs.next();
            return new Tile(16, rs.getInt(1), rs.getInt(2));
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Just enough of the vector-tile format (protobuf) to list a tile's feature ids, sorted. */
    static final class Mvt {
        private final byte[] buf;
        private int pos;
        private final int end;

        private Mvt(byte[] buf, int pos, int end) {
            this.buf = buf;
            this.pos = pos;
            this.end = end;
        }

        static long[] featureIds(byte[] tile) {
            List<Long> ids = new ArrayList<>();
            Mvt t = new Mvt(tile, 0, tile.length);
            while (t.pos < t.end) {
                long key = t.varint();
                if (key >>> 3 == 3 && (key & 7) == 2) {                  // Tile.layers
                    int len = (int) t.varint();
                    Mvt layer = new Mvt(tile, t.pos, t.pos + len);
                    while (layer.pos < layer.end) {
                        long lk = layer.varint();
                        if (lk >>> 3 == 2 && (lk & 7) == 2) {            // Layer.features
                            int flen = (int) layer.varint();
                            Mvt feature = new Mvt(tile, layer.pos, layer.pos + flen);
                            long id = -1;
                            while (feature.pos < feature.end) {
                                long fk = feature.varint();
                                if (fk >>> 3 == 1 && (fk & 7) == 0) {    // Feature.id
                                    id = feature.varint();
                                } else {
                                    feature.skip(fk);
                                }
                            }
                            ids.add(id);
                            layer.pos += flen;
                        } else {
                            layer.skip(lk);
                        }
                    }
                    t.pos += len;
                } else {
                    t.skip(key);
                }
            }
            return ids.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        private long varint() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = buf[pos++];
                value |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        private void skip(long key) {
            switch ((int) (key & 7)) {
                case 0 -> varint();
                case 1 -> pos += 8;
                case 2 -> {
                    int len = (int) varint();
                    pos += len;
                }
                case 5 -> pos += 4;
                default -> throw new IllegalStateException("unexpected protobuf wire type " + (key & 7));
            }
        }
    }

    record Tile(int z, int x, int y) {
        @Override
        public String toString() {
            return z + "/" + x + "/" + y;
        }
    }

    /** The app over HTTP/1.1 with one keep-alive connection and the session cookie of a form sign-in. */
    static final class Endpoint {
        private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

        private final HttpClient http;
        private final String baseUrl;

        private Endpoint(HttpClient http, String baseUrl) {
            this.http = http;
            this.baseUrl = baseUrl;
        }

        /** Signs in like the login page does: Spring Security's form login with the page's CSRF token. */
        static Endpoint signIn(String baseUrl, String user, String password) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("GET /login: status " + page.statusCode() + ", no CSRF token in the page");
            }
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
            HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in as " + user + " failed: " + login.statusCode() + " " + location);
            }
            return new Endpoint(http, baseUrl);
        }

        byte[] fetch(Tile t) throws IOException, InterruptedException {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/tiles/parcels/" + t + ".mvt")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("tile " + t + ": HTTP " + response.statusCode()
                        + " (signed out?) " + response.headers().firstValue("Location").orElse(""));
            }
            return response.body();
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** Paired timings, in nanoseconds, and tile sizes. */
    static final class Samples {
        final List<Long> endpoint = new ArrayList<>();
        final List<Long> raw = new ArrayList<>();
        final List<Integer> sizes = new ArrayList<>();

        void add(long endpointNanos, long rawNanos, int size) {
            endpoint.add(endpointNanos);
            raw.add(rawNanos);
            sizes.add(size);
        }

        int count() {
            return endpoint.size();
        }

        static double percentile(List<Long> values, double p) {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            // nearest-rank on the interpolated position: for p = 0.5 the usual median
            double pos = p * (sorted.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = (int) Math.ceil(pos);
            return (sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)) / 1e6;
        }

        double medianMs(List<Long> v) {
            return percentile(v, 0.5);
        }

        double p95Ms(List<Long> v) {
            return percentile(v, 0.95);
        }

        static double totalMs(List<Long> v) {
            return v.stream().mapToLong(Long::longValue).sum() / 1e6;
        }

        double meanSize() {
            return sizes.stream().mapToInt(Integer::intValue).average().orElse(0);
        }

        double medianRatio() {
            return medianMs(endpoint) / medianMs(raw);
        }

        double totalRatio() {
            return totalMs(endpoint) / totalMs(raw);
        }

        /** Median, over the pairs, of endpoint - raw: what the HTTP path adds to one tile. */
        double medianExtraMs() {
            List<Long> diff = new ArrayList<>();
            for (int i = 0; i < endpoint.size(); i++) {
                diff.add(endpoint.get(i) - raw.get(i));
            }
            return percentile(diff, 0.5);
        }
    }

    /** What the database holds, for the report. */
    record DataSummary(long parcels, double meanMu, String postgres, String postgis) {
        static DataSummary read(Connection db) throws SQLException {
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("""
                         select count(*), avg(area_m2) / 666.67,
                                current_setting('server_version'), postgis_lib_version()
                           from parcel where deleted_at is null
                         """)) {
                rs.next();
                return new DataSummary(rs.getLong(1), rs.getDouble(2), rs.getString(3), rs.getString(4));
            }
        }
    }

    static final class Report {
        static String markdown(Settings s, DataSummary data, Map<Integer, List<Tile>> tiles, Map<Integer, Samples> results,
                               Samples empty, Tile emptyTile, double seconds, String loadBefore, String loadAfter) {
            StringBuilder b = new StringBuilder();
            b.append("# Parcel vector tiles: endpoint against raw ST_AsMVT\n\n");
            b.append(String.format(Locale.ROOT, "Run %s, %.0f s of measuring. %,d parcels (mean %.1f mu), "
                            + "PostgreSQL %s, PostGIS %s, Java %s, %d cores; load average %s before, %s after.%n%n",
                    ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
                            .replaceAll("\\.\\d+", ""),
                    seconds, data.parcels(), data.meanMu(), data.postgres(), data.postgis(),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadBefore,
                    loadAfter));
            b.append(String.format(Locale.ROOT, "Per zoom up to %d tiles holding parcels (seed %d); warm-up: %d pass(es) "
                            + "over all tiles and %d requests of the cheapest tiles; %d measured rounds; endpoint = `GET /tiles/parcels/{z}/{x}/{y}.mvt` over HTTP/1.1 "
                            + "(keep-alive, signed-in session), raw = the same `PARCEL_TILE` SQL as a prepared statement "
                            + "over JDBC. Times in ms.%n%n",
                    s.tilesPerZoom, s.seed, s.warmupPasses, s.warmupRequests, s.rounds));
            b.append("| zoom | tiles | samples | mean tile size | endpoint median | endpoint p95 | raw median | raw p95 "
                    + "| extra per tile (median) | ratio (medians) | ratio (total time) | ≤ ").append(AIM).append(" |\n");
            b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|\n");
            double logSum = 0;
            boolean allMet = true;
            double endpointTotal = 0;
            double rawTotal = 0;
            for (Map.Entry<Integer, Samples> e : results.entrySet()) {
                Samples r = e.getValue();
                double ratio = r.medianRatio();
                logSum += Math.log(ratio);
                boolean met = ratio <= AIM;
                allMet &= met;
                endpointTotal += Samples.totalMs(r.endpoint);
                rawTotal += Samples.totalMs(r.raw);
                b.append(row(String.valueOf(e.getKey()), tiles.get(e.getKey()).size(), r, met ? "yes" : "**no**"));
            }
            b.append(row("empty tile¹", 1, empty, "–"));
            double overall = Math.exp(logSum / results.size());
            boolean overallMet = overall <= AIM;
            b.append(String.format(Locale.ROOT, "%n**Overall ratio: %.3f** (geometric mean of the per-zoom median ratios; "
                            + "over the total time of all zooms %.3f). Aim ≤ %.1f: **%s**.%n%n",
                    overall, endpointTotal / rawTotal, AIM,
                    overallMet && allMet ? "met" : overallMet ? "met overall, missed at some zoom levels" : "missed"));
            b.append(String.format(Locale.ROOT, "¹ Tile %s, outside the data (an empty tile): the fixed cost of a request, "
                    + "for the diagnosis; not part of the verdict.%n", emptyTile));
            return b.toString();
        }

        private static String row(String label, int tiles, Samples r, String met) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %,.0f B | %.2f | %.2f | %.2f | %.2f | %.2f | %.3f | %.3f | %s |%n",
                    label, tiles, r.count(), r.meanSize(), r.medianMs(r.endpoint), r.p95Ms(r.endpoint),
                    r.medianMs(r.raw), r.p95Ms(r.raw), r.medianExtraMs(), r.medianRatio(), r.totalRatio(), met);
        }
    }

    /** The arguments, {@code --name=value}; the runner passes them all. */
    static final class Settings {
        String baseUrl = "http://127.0.0.1:8092";
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:55432/actionmap_bench";
        String jdbcUser = "actionmap";
        String jdbcPassword = "actionmap";
        String user = "bench";
        String password = "bench";
        int[] zooms = {10, 12, 14, 16};
        int tilesPerZoom = 30;
        int rounds = 3;
        int warmupPasses = 1;
        int warmupRequests = 3000;
        long seed = 20110920;
        Path outDir = Path.of("bench/results");

        static Settings parse(String[] args) {
            Settings s = new Settings();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (!arg.startsWith("--") || eq < 0) {
                    throw new IllegalArgumentException("expected --name=value, got " + arg);
                }
                String name = arg.substring(2, eq);
                String value = arg.substring(eq + 1);
                switch (name) {
                    case "base-url" -> s.baseUrl = value;
                    case "jdbc-url" -> s.jdbcUrl = value;
                    case "jdbc-user" -> s.jdbcUser = value;
                    case "jdbc-password" -> s.jdbcPassword = value;
                    case "user" -> s.user = value;
                    case "password" -> s.password = value;
                    case "zooms" -> s.zooms = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                    case "tiles" -> s.tilesPerZoom = Integer.parseInt(value);
                    case "rounds" -> s.rounds = Integer.parseInt(value);
                    case "warmup" -> s.warmupPasses = Integer.parseInt(value);
                    case "warmup-requests" -> s.warmupRequests = Integer.parseInt(value);
                    case "seed" -> s.seed = Long.parseLong(value);
                    case "out" -> s.outDir = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown setting --" + name);
                }
            }
            return s;
        }
    }

    private TileBench() {
    }
}
