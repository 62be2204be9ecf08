package org.actionmap.importexport.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.actionmap.common.UserMessageException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.UUID;

/**
 * Streams the COPY file ogr2ogr wrote ({@link GdalReader#toCopyFile}) into the staging table with PostgreSQL's COPY:
 * each row becomes the feature's number in the file, its attributes as one JSON object (as text, under the file's
 * field names) and its geometry in the file's own coordinates, tagged with their SRID. GCJ-02 coordinates are corrected
 * to WGS84 on the way ({@link Gcj02}), the only change made to a geometry here. A 100,000-feature file streams in a
 * second or two, where inserting rows in batches took several times longer.
 */
@Component
class StagingLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FLUSH_CHARS = 1 << 20;

    private final JdbcTemplate jdbc;

    StagingLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads every feature of the file under the import's id and returns how many there were. */
    int load(UUID id, Path copyFile, boolean gcj02, long expected, ImportProgress progress) {
        Integer loaded = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            // within a caller's transaction a failed COPY would abort it: a savepoint keeps it usable
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy import_staging (import_id, feature_no, properties, geom) from stdin");
            try (Reader in = Files.newBufferedReader(copyFile, StandardCharsets.UTF_8)) {
                int count = stream(id, in, gcj02, copy, expected, progress);
                copy.endCopy();
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                }
                return count;
            } catch (IOException | ParseException | SQLException | RuntimeException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                if (e instanceof UserMessageException u) {
                    throw u;
                }
                if (e instanceof java.nio.charset.CharacterCodingException) {
                    // GDAL passed the file's text on as it is: a Shapefile in GBK without a .cpg, read without an encoding
                    throw new UserMessageException("import.error.encoding");
                }
                throw new UserMessageException("import.error.unreadable");
            }
        });
        progress.update(1.0);
        return loaded == null ? 0 : loaded;
    }

    private static int stream(UUID id, Reader in, boolean gcj02, CopyIn copy, long expected, ImportProgress progress)
            throws IOException, ParseException, SQLException {
        List<String> columns = null;
        BufferedReader lines = (BufferedReader) in;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("COPY ")) {
                columns = CopyText.columns(line);
                break;
            }
        }
        if (columns == null) {
            return 0;   // ogr2ogr wrote no COPY block: the layer has no feature
        }
        int geometryAt = columns.indexOf(GdalReader.GEOMETRY_COLUMN);
        String prefix = id + "\t";
        StringBuilder out = new StringBuilder(FLUSH_CHARS + 4096);
        int number = 0;
        List<String> row;
        while ((row = CopyText.readRow(in)) != null) {
            number++;
            ObjectNode properties = JSON.createObjectNode();
            for (int i = 0; i < columns.size() && i < row.size(); i++) {
                if (i != geometryAt) {
                    properties.put(columns.get(i), row.get(i));
                }
            }
            String geometry = geometryAt >= 0 && geometryAt < row.size() ? row.get(geometryAt) : null;
            if (gcj02 && geometry != null) {
                geometry = correctGcj02(geometry);
            }
            out.append(prefix).append(number).append('\t');
            CopyText.appendField(out, properties.toString());
            out.append('\t');
            CopyText.appendField(out, geometry);
            out.append('\n');
            if (out.length() >= FLUSH_CHARS) {
                flush(out, copy);
                progress.update(Math.min(1.0, number / (double) expected));
            }
        }
        flush(out, copy);
        return number;
    }

    private static void flush(StringBuilder out, CopyIn copy) throws SQLException {
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        out.setLength(0);
    }

    /** A hex EWKB geometry in GCJ-02 longitude/latitude, returned with every position moved to WGS84. */
    static String correctGcj02(String hexEwkb) throws ParseException {
        Geometry geometry = new WKBReader().read(WKBReader.hexToBytes(hexEwkb));
        geometry.apply((CoordinateFilter) (Coordinate c) -> {
            double[] wgs = Gcj02.toWgs84(c.x, c.y);
            c.x = wgs[0];
            c.y = wgs[1];
        });
        geometry.geometryChanged();
        return WKBWriter.toHex(new WKBWriter(2, true).write(geometry));
    }
}
