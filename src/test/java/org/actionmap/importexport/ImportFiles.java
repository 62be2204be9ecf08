package org.actionmap.importexport;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real survey files for the import tests, written by ogr2ogr from GeoJSON the test composes. */
final class ImportFiles {

    private ImportFiles() {
    }

    /** Squares inside the Lanjiang EDZ area clear of every parcel, each {@code half} degrees from its centre to a side. */
    static List<double[]> freeSquares(JdbcTemplate jdbc, int count, double half) {
        return apart(jdbc.query("""
                select st_x(pt), st_y(pt)
                  from (select (st_dump(st_generatepoints(z.geom, 400, 11))).geom as pt from zone z where z.code = 'EDZ-LJ') as c
                 where st_within(st_expand(pt, ?), (select geom from zone where code = 'EDZ-LJ'))
                   and not exists (select 1 from parcel p where p.geom && st_expand(pt, ? * 2))
                """, (rs, n) -> new double[]{rs.getDouble(1), rs.getDouble(2)}, half, half), count, half);
    }

    /**
     * Centres of squares inside a township's outline, each {@code half} degrees from its centre to a side, clear of
     * every EDZ area, park and parcel and of each other: room for new zones.
     */
    static List<double[]> freeSquaresInTownship(JdbcTemplate jdbc, String townshipCode, int count, double half) {
        return apart(jdbc.query("""
                select st_x(pt), st_y(pt)
                  from (select (st_dump(st_generatepoints(z.geom, 400, 13))).geom as pt from zone z where z.code = ?) as c
                 where st_within(st_expand(pt, ?), (select geom from zone where code = ?))
                   and not exists (select 1 from zone o where o.kind <> 'TOWNSHIP' and st_dwithin(o.geom, pt, ? * 2))
                   and not exists (select 1 from parcel p where st_dwithin(p.geom, pt, ? * 2))
                 order by st_x(pt), st_y(pt)
                """, (rs, n) -> new double[]{rs.getDouble(1), rs.getDouble(2)}, townshipCode, half, townshipCode, half, half),
                count, half);
    }

    /** The first {@code count} candidate centres whose squares lie apart from each other's. */
    private static List<double[]> apart(List<double[]> candidates, int count, double half) {
        List<double[]> chosen = new ArrayList<>();
        for (double[] c : candidates) {
            if (chosen.size() < count && chosen.stream().noneMatch(o -> Math.abs(o[0] - c[0]) < half * 3 && Math.abs(o[1] - c[1]) < half * 3)) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    static String square(double[] centre, double half) {
        double x = centre[0], y = centre[1];
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%.9f,%.9f],[%.9f,%.9f],[%.9f,%.9f],[%.9f,%.9f],[%.9f,%.9f]]]}".formatted(
                x - half, y - half, x + half, y - half, x + half, y + half, x - half, y + half, x - half, y - half);
    }

    /** A FeatureCollection of features, each given as its properties and its geometry. */
    static String collection(List<Map.Entry<Map<String, Object>, String>> features) {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < features.size(); i++) {
            StringBuilder props = new StringBuilder("{");
            features.get(i).getKey().forEach((k, v) -> props.append(props.length() > 1 ? "," : "").append('"').append(k)
                    .append("\":").append(v instanceof Number ? v.toString() : "\"" + v + "\""));
            props.append('}');
            json.append(i > 0 ? "," : "").append("{\"type\":\"Feature\",\"properties\":").append(props)
                    .append(",\"geometry\":").append(features.get(i).getValue()).append('}');
        }
        return json.append("]}").toString();
    }

    static Path write(Path folder, String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Runs ogr2ogr without a shell and fails the test with GDAL's message when it fails. */
    static void ogr2ogr(Path workDir, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ogr2ogr"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("ogr2ogr " + command + " failed: " + output);
        }
    }

    /** Every file of a folder in a zip, at the zip's root. */
    static byte[] zipFolder(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip of named entries with the given contents. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
