package org.actionmap.importexport.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.actionmap.common.UserMessageException;
import org.actionmap.land.GeometryProblem;
import org.actionmap.land.ParcelRefusedException;
import org.actionmap.land.ZoneRefusedException;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.SignedInUser;
import org.actionmap.site.SiteGeometryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The import of a survey file, in the wizard's steps: {@link #receive} stores the upload and asks GDAL what it holds;
 * {@link #stage} reads a layer with {@code ogr2ogr} into COPY rows in the file's own coordinates and streams them into
 * the staging table ({@link StagingLoader}; PostGIS reprojects when the rows are read); {@link #check} validates it and
 * {@link #commit} writes it, in one transaction, as the signed-in user: the check rolls it back (a dry run, so the
 * report finds exactly what the commit would refuse), the commit keeps it only when no feature is refused. Parcels go
 * to their module as one batch ({@link BatchTargetWriter}), which checks every rule itself; the other layers feature by
 * feature through their services ({@link TargetWriter}), and PostGIS adds what no single save sees: invalid geometries
 * with their place, features outside the city, overlaps within the file, codes missing or repeated in the file.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Degrees (about 20 km here) around the county within which some feature must lie, else the CRS is wrong. */
    private static final double FAR_DEGREES = 0.2;
    private static final double OVERLAP_TOLERANCE_M2 = 10;
    /**
     * A box or geometry within longitude/latitude: false for an infinite one, and for NaN, which PostgreSQL ranks above
     * every number, so each bound is held on both sides.
     */
    private static final String WITHIN_THE_GLOBE = "st_xmin(%1$s) between -180 and 180 and st_xmax(%1$s) between -180 and 180"
            + " and st_ymin(%1$s) between -90 and 90 and st_ymax(%1$s) between -90 and 90";
    /** Features the preview map draws at most: a browser handles a few thousand shapes as GeoJSON, not 100,000. */
    public static final int PREVIEW_FEATURES = 5_000;
    /** Problems the preview map marks at most; the report lists every one. */
    public static final int PREVIEW_PROBLEMS = 2_000;

    private final GdalReader gdal;
    private final ImportLimits limits;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CurrentUser currentUser;
    private final StagingLoader loader;
    private final List<TargetWriter> writers;
    private final List<BatchTargetWriter> batchWriters;
    private final Map<UUID, String> owners = new ConcurrentHashMap<>();

    ImportService(GdalReader gdal, ImportLimits limits, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                  CurrentUser currentUser, StagingLoader loader, List<TargetWriter> writers,
                  List<BatchTargetWriter> batchWriters) {
        this.gdal = gdal;
        this.limits = limits;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.currentUser = currentUser;
        this.loader = loader;
        this.writers = List.copyOf(writers);
        this.batchWriters = List.copyOf(batchWriters);
    }

    public ImportLimits limits() {
        return limits;
    }

    /** The layers the signed-in user may import into; empty for readers (the wizard is then not offered). */
    public List<ImportTarget> targets() {
        if (currentUser.get().isEmpty()) {
            return List.of();
        }
        List<ImportTarget> targets = new ArrayList<>();
        writers.stream().filter(TargetWriter::mayWrite).map(TargetWriter::target).forEach(targets::add);
        batchWriters.stream().filter(BatchTargetWriter::mayWrite).map(BatchTargetWriter::target).forEach(targets::add);
        targets.sort(Comparator.naturalOrder());
        return targets;
    }

    public boolean mayImport() {
        return !targets().isEmpty();
    }

    /** Stores an upload in a working folder of its own and reads its layers; a bad file is refused, nothing is kept. */
    public ImportUpload receive(String fileName, InputStream content) {
        SignedInUser user = requireImporter();
        ImportFormat format = UploadedFiles.formatOf(fileName);
        sweep();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("actionmap-import-");
            Path dataset = UploadedFiles.store(format, fileName, content, folder, limits);
            List<SourceLayer> layers = gdal.layers(dataset, format, null);
            UUID id = UUID.randomUUID();
            owners.put(id, user.username());
            return new ImportUpload(id, user.username(), fileName, format, folder, dataset, layers);
        } catch (IOException e) {
            delete(folder);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /**
     * Reads a layer into the staging table. {@code crs} overrides the coordinate system the file declares and is
     * needed when it declares none; {@code encoding} (e.g. {@code GBK}) overrides a Shapefile's .cpg or a DXF's code
     * page. Refused when the coordinate system is missing or not one offered, the layer is empty or too large, or no
     * feature lies near the city (read in the wrong coordinate system, most likely).
     */
    public StagedImport stage(ImportUpload upload, String layerName, ImportCrs crs, String encoding, ImportProgress progress) {
        requireImporter();
        SourceLayer layer = upload.layer(layerName);
        if (crs == null) {
            if (layer.detected() == null) {
                throw layer.declaresCrs() ? new UserMessageException("import.error.crs-unknown", layer.crsName())
                        : new UserMessageException("import.error.crs-missing");
            }
            crs = layer.detected();
        } else if (ImportCrs.byId(crs.id()).isEmpty()) {
            throw new UserMessageException("import.error.crs-unknown", crs.id());
        }
        if (layer.featureCount() > limits.maxBatchFeatures()) {
            throw new UserMessageException("import.error.too-many-features", layer.featureCount(), limits.maxBatchFeatures());
        }
        String chosenEncoding = encoding == null || encoding.isBlank() ? null : encoding.trim();
        Path copyFile = gdal.toCopyFile(upload.dataset(), upload.format(), chosenEncoding, layerName, crs.srid());
        UUID id = UUID.randomUUID();
        owners.put(id, upload.owner());
        try {
            int count = loader.load(id, copyFile, crs.isGcj02(), Math.max(1, layer.featureCount()), progress);
            if (count == 0) {
                throw new UserMessageException("import.error.empty");
            }
            checkNearTheCity(id, crs);
            List<String> fields = new ArrayList<>(layer.fields());
            Map<String, String> samples = new LinkedHashMap<>();
            jdbc.query("select properties::text from import_staging where import_id = ? order by feature_no limit 1",
                    rs -> {
                        attributes(rs.getString(1)).forEach((k, v) -> {
                            samples.put(k, v);
                            if (!fields.contains(k)) {
                                fields.add(k);
                            }
                        });
                    }, id);
            return new StagedImport(id, upload, layerName, crs, chosenEncoding, count, List.copyOf(fields), samples);
        } catch (RuntimeException e) {
            drop(id);
            throw e;
        } finally {
            delete(copyFile);
        }
    }

    /** Validates a staged layer against a target without writing anything: the report the preview shows. */
    public ImportReport check(StagedImport staged, ImportTarget target, ImportMapping mapping, ImportProgress progress) {
        return run(staged, target, mapping, progress, false);
    }

    /**
     * Writes every feature of a staged layer, or none: when any feature is refused the transaction is rolled back and
     * the refusal carries the report. Returns how many features were written, with the first one's code and their
     * extent.
     */
    public ImportResult commit(StagedImport staged, ImportTarget target, ImportMapping mapping, ImportProgress progress) {
        ImportReport report = run(staged, target, mapping, progress, true);
        if (!report.importable()) {
            throw new ImportRefusedException(report);
        }
        String firstCode = jdbc.query("select feature_no, properties::text from import_staging where import_id = ? order by feature_no limit 1",
                rs -> rs.next() ? mapping.valueOf(new StagedFeature(rs.getInt(1), attributes(rs.getString(2)), null), "code") : null,
                staged.id());
        double[] extent = extent(staged).orElse(null);
        drop(staged.id());
        return new ImportResult(report.features(), firstCode, extent);
    }

    /**
     * The staged features as GeoJSON for the preview map (EPSG:4326), the first {@value #PREVIEW_FEATURES} only, for
     * the user who uploaded them only.
     */
    public Optional<String> previewGeoJson(UUID stagedId) {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isEmpty() || !user.get().username().equals(owners.get(stagedId))) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.queryForObject("""
                select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                         'type', 'Feature', 'id', feature_no, 'geometry', st_asgeojson(st_transform(geom, 4326), 7)::json,
                         'properties', properties || jsonb_build_object('feature_no', feature_no)) order by feature_no), '[]'::json))::text
                  from (select * from import_staging where import_id = ? and geom is not null
                         order by feature_no limit ?) as first
                """, String.class, stagedId, PREVIEW_FEATURES));
    }

    /** The staged features' extent (west, south, east, north), to frame the preview. */
    public Optional<double[]> extent(StagedImport staged) {
        return jdbc.query("""
                select st_xmin(e), st_ymin(e), st_xmax(e), st_ymax(e)
                  from (select st_extent(st_transform(geom, 4326))::geometry as e from import_staging where import_id = ?) x where e is not null
                """, (rs, n) -> new double[]{rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}, staged.id())
                .stream().findFirst();
    }

    /**
     * Where a problem of the report lies, to frame it on the preview (west, south, east, north): its feature together
     * with the place the problem names (the crossing point, the overlap), or that place alone for a feature without
     * a geometry.
     */
    public Optional<double[]> extent(StagedImport staged, ImportProblem problem) {
        return jdbc.query("""
                select st_xmin(e), st_ymin(e), st_xmax(e), st_ymax(e)
                  from (select st_extent(g)::geometry as e
                          from (select st_transform(geom, 4326) as g from import_staging
                                 where import_id = ? and feature_no = ? and geom is not null
                                union all
                                select st_setsrid(st_geomfromgeojson(cast(? as text)), 4326) where cast(? as text) is not null) as parts) x
                 where e is not null
                """, (rs, n) -> new double[]{rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)},
                staged.id(), problem.featureNumber(), problem.where(), problem.where())
                .stream().findFirst();
    }

    /** Forgets an upload: its working folder and any staged rows. */
    public void discard(ImportUpload upload, StagedImport staged) {
        if (staged != null) {
            drop(staged.id());
        }
        if (upload != null) {
            owners.remove(upload.id());
            delete(upload.folder());
        }
    }

    private SignedInUser requireImporter() {
        SignedInUser user = currentUser.require();
        if (!mayImport()) {
            throw new NotPermittedException("import.error.not-permitted");
        }
        return user;
    }

    /**
     * Refuses a layer read in a coordinate system that cannot be right: no feature near the city, or a feature PROJ
     * cannot place at all. A wrong zone puts coordinates outside what the chosen system covers (a Gauss-Kruger zone
     * number of 40 in the easting read as a system without one lies 40,000 km off its meridian), where PostGIS's
     * {@code st_transform} fails ("Point outside of projection domain") or, for other systems, gives non-finite or
     * impossible longitudes and latitudes. The usual case costs one statement (a feature near the city, and the extent
     * of them all within the globe); only when PROJ fails, or the extent is not finite, is every feature placed on its
     * own, by a function that catches the failure, to tell a wrong system from a stray feature.
     */
    private void checkNearTheCity(UUID id, ImportCrs crs) {
        Object[] placement = transactions.execute(status -> {
            // within a transaction of the caller's too (the tests' one): a failed statement must not abort it
            jdbc.execute("savepoint import_place");
            try {
                Object[] placed = jdbc.queryForObject("""
                        with county as (select st_union(geom) as g from zone where kind = 'TOWNSHIP')
                        select (select g is null from county)
                                   or exists (select 1 from import_staging s, county
                                               where s.import_id = ? and s.geom is not null
                                                 and st_dwithin(st_transform(s.geom, 4326), county.g, ?)),
                               (select %s from (select st_extent(st_transform(geom, 4326)) as e from import_staging
                                                 where import_id = ? and geom is not null) as x)
                        """.formatted(WITHIN_THE_GLOBE.formatted("e")),
                        (rs, n) -> new Object[]{rs.getBoolean(1), rs.getBoolean(2) ? null : 0}, id, FAR_DEGREES, id);
                jdbc.execute("release savepoint import_place");
                if (placed[1] == null || !Boolean.TRUE.equals(placed[0])) {
                    return placed;
                }
            } catch (org.springframework.dao.DataAccessException e) {
                if (!isProjectionFailure(e)) {
                    throw e;
                }
                jdbc.execute("rollback to savepoint import_place");
                log.info("import {}: PROJ cannot place every feature read in {} ({})", id, crs.id(),
                        e.getMostSpecificCause().getMessage());
            }
            jdbc.execute("""
                    create or replace function pg_temp.actionmap_place(g geometry) returns geometry
                    language plpgsql immutable as $$
                    begin
                        return st_transform(g, 4326);
                    exception when internal_error then
                        return null;
                    end $$""");
            return jdbc.queryForObject("""
                    with county as (select st_union(geom) as g from zone where kind = 'TOWNSHIP'),
                         placed as (select feature_no, pg_temp.actionmap_place(geom) as g from import_staging
                                     where import_id = ? and geom is not null),
                         checked as (select feature_no, g, coalesce(%s, false) as finite from placed)
                    select (select g is null from county)
                               or coalesce(bool_or(case when finite then st_dwithin(checked.g, (select g from county), ?) end), false),
                           min(feature_no) filter (where not finite)
                      from checked
                    """.formatted(WITHIN_THE_GLOBE.formatted("g")),
                    (rs, n) -> new Object[]{rs.getBoolean(1), (Integer) rs.getObject(2)}, id, FAR_DEGREES);
        });
        if (!Boolean.TRUE.equals(placement[0])) {
            throw new UserMessageException("import.error.far-outside", crs.id());
        }
        if (placement[1] != null) {
            throw new UserMessageException("import.error.unplaceable", placement[1], crs.id());
        }
    }

    /** PostGIS's refusal of a point PROJ cannot transform ({@code transform: …}, SQL state XX000). */
    private static boolean isProjectionFailure(org.springframework.dao.DataAccessException e) {
        return e.getMostSpecificCause() instanceof java.sql.SQLException sql && "XX000".equals(sql.getSQLState())
                && String.valueOf(sql.getMessage()).contains("transform");
    }

    private ImportReport run(StagedImport staged, ImportTarget target, ImportMapping mapping, ImportProgress progress,
                             boolean keep) {
        requireImporter();
        for (String field : target.required()) {
            if (mapping.source(field) == null && mapping.constants().getOrDefault(field, "").isBlank()) {
                throw new UserMessageException("import.error.field-unmapped", new org.actionmap.common.MessageKey("import.field." + field));
            }
        }
        Optional<BatchTargetWriter> batch = batchWriters.stream().filter(w -> w.target() == target).findFirst();
        if (batch.isPresent()) {
            return runBatch(staged, batch.get(), mapping, progress, keep);
        }
        TargetWriter writer = writers.stream().filter(w -> w.target() == target).findFirst()
                .orElseThrow(() -> new UserMessageException("import.error.target"));
        if (!writer.mayWrite()) {
            throw new NotPermittedException("import.error.not-permitted-target");
        }
        if (staged.features() > limits.maxFeatures()) {
            throw new UserMessageException("import.error.too-many-features", staged.features(), limits.maxFeatures());
        }
        List<StagedFeature> features = features(staged.id());
        ImportReport report = transactions.execute(status -> {
            List<ImportProblem> problems = new ArrayList<>(stagingProblems(staged.id(), target, mapping, features));
            // the whole run in a savepoint too: a dry run called inside someone else's transaction leaves nothing either
            jdbc.execute("savepoint import_run");
            java.util.Set<Integer> flagged = new java.util.HashSet<>();
            problems.forEach(p -> flagged.add(p.featureNumber()));
            int done = 0;
            for (StagedFeature feature : features) {
                if (!flagged.contains(feature.number())) {
                    String code = mapping.valueOf(feature, "code");
                    jdbc.execute("savepoint import_feature");
                    try {
                        writer.write(feature, mapping);
                        jdbc.execute("release savepoint import_feature");
                    } catch (ParcelRefusedException e) {
                        jdbc.execute("rollback to savepoint import_feature");
                        for (GeometryProblem p : e.problems()) {
                            problems.add(new ImportProblem(feature.number(), code, p.message(), p.where()));
                        }
                    } catch (ZoneRefusedException e) {
                        jdbc.execute("rollback to savepoint import_feature");
                        for (GeometryProblem p : e.problems()) {
                            problems.add(new ImportProblem(feature.number(), code, p.message(), p.where()));
                        }
                    } catch (SiteGeometryException e) {
                        jdbc.execute("rollback to savepoint import_feature");
                        problems.add(new ImportProblem(feature.number(), code, e, e.location()));
                    } catch (UserMessageException e) {
                        jdbc.execute("rollback to savepoint import_feature");
                        problems.add(new ImportProblem(feature.number(), code, e, null));
                    }
                }
                done++;
                progress.update(done / (double) features.size());
            }
            finish(status, keep, problems);
            problems.sort(Comparator.comparingInt(ImportProblem::featureNumber));
            return new ImportReport(features.size(), problems);
        });
        logRun(staged, target, report, keep);
        return report;
    }

    /** A layer its module writes in one batch: the module checks every feature, so no check of the import's own. */
    private ImportReport runBatch(StagedImport staged, BatchTargetWriter writer, ImportMapping mapping, ImportProgress progress,
                                  boolean keep) {
        if (!writer.mayWrite()) {
            throw new NotPermittedException("import.error.not-permitted-target");
        }
        ImportReport report = transactions.execute(status -> {
            jdbc.execute("savepoint import_run");
            List<ImportProblem> problems = new ArrayList<>(writer.writeAll(staged, mapping, progress, keep));
            finish(status, keep, problems);
            problems.sort(Comparator.comparingInt(ImportProblem::featureNumber));
            return new ImportReport(staged.features(), problems);
        });
        logRun(staged, writer.target(), report, keep);
        return report;
    }

    /** Keeps what the run wrote only for a commit without problems; a check, or a refused commit, leaves nothing. */
    private void finish(org.springframework.transaction.TransactionStatus status, boolean keep, List<ImportProblem> problems) {
        if (!keep || !problems.isEmpty()) {
            jdbc.execute("rollback to savepoint import_run");
            status.setRollbackOnly();
        } else {
            jdbc.execute("release savepoint import_run");
        }
    }

    private void logRun(StagedImport staged, ImportTarget target, ImportReport report, boolean keep) {
        log.info("import {} of {} into {}: {} features, {} problems, {}", staged.id(), staged.upload().fileName(), target,
                report.features(), report.problems().size(), keep && report.importable() ? "committed" : "not written");
    }

    private List<StagedFeature> features(UUID id) {
        return jdbc.query("""
                select feature_no, properties::text, st_asgeojson(st_transform(geom, 4326), 9) from import_staging
                 where import_id = ? order by feature_no
                """, (rs, n) -> new StagedFeature(rs.getInt(1), attributes(rs.getString(2)), rs.getString(3)), id);
    }

    /** What PostGIS and the file as a whole say before any feature is tried: the problems no single save sees. */
    private List<ImportProblem> stagingProblems(UUID id, ImportTarget target, ImportMapping mapping, List<StagedFeature> features) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> firstWithCode = new HashMap<>();
        for (StagedFeature f : features) {
            String code = mapping.valueOf(f, "code");
            if (f.geometry() == null) {
                problems.add(new ImportProblem(f.number(), code, new UserMessageException("import.problem.no-geometry"), null));
            }
            if (code == null) {
                problems.add(new ImportProblem(f.number(), null, new UserMessageException("import.problem.code-missing"), null));
            } else if (firstWithCode.containsKey(code)) {
                problems.add(new ImportProblem(f.number(), code,
                        new UserMessageException("import.problem.code-duplicate", code, firstWithCode.get(code)), null));
            } else {
                firstWithCode.put(code, f.number());
            }
        }
        Map<Integer, String> codes = new HashMap<>();
        features.forEach(f -> codes.put(f.number(), mapping.valueOf(f, "code")));
        Map<Integer, String> overlapGroups = new HashMap<>();
        features.forEach(f -> overlapGroups.put(f.number(), target.overlapGroup(f, mapping)));
        jdbc.query("""
                select s.feature_no, d.reason, st_asgeojson(coalesce(d.location, st_pointonsurface(s.g)), 7) as place
                  from (select feature_no, st_transform(geom, 4326) as g from import_staging
                         where import_id = ? and geom is not null) as s
                 cross join lateral st_isvaliddetail(s.g) as d
                 where not d.valid
                """, rs -> {
            int no = rs.getInt(1);
            String reason = rs.getString(2);
            UserMessageException message = reason != null && reason.toLowerCase().contains("self-intersection")
                    ? new UserMessageException("import.problem.self-intersection")
                    : new UserMessageException("import.problem.invalid", String.valueOf(reason));
            problems.add(new ImportProblem(no, codes.get(no), message, rs.getString(3)));
        }, id);
        jdbc.query("""
                with county as (select st_union(geom) as g from zone where kind = 'TOWNSHIP')
                select s.feature_no, st_asgeojson(st_pointonsurface(s.g), 7)
                  from (select feature_no, st_transform(geom, 4326) as g from import_staging
                         where import_id = ? and geom is not null) as s, county
                 where st_isvalid(s.g) and county.g is not null and not st_intersects(s.g, county.g) and not ?
                """, rs -> {
            int no = rs.getInt(1);
            problems.add(new ImportProblem(no, codes.get(no), new UserMessageException("import.problem.outside-city"), rs.getString(2)));
        }, id, target.mayLieOutsideTheCounty());
        if (target.polygons()) {
            // a copy in the map's coordinates with an index of its own: the staging table has none, so that loading
            // it stays a plain COPY; the copy goes with the transaction
            jdbc.execute("drop table if exists import_polygons");
            jdbc.update("""
                    create temp table import_polygons on commit drop as
                    select feature_no, st_transform(geom, 4326) as geom from import_staging
                     where import_id = ? and geom is not null
                    """, id);
            jdbc.execute("create index on import_polygons using gist (geom)");
            jdbc.execute("analyze import_polygons");
            jdbc.query("""
                    select a.feature_no, b.feature_no, st_area(x.g::geography), st_asgeojson(x.g, 7)
                      from import_polygons a
                      join import_polygons b on b.feature_no > a.feature_no
                                            and a.geom && b.geom and st_isvalid(a.geom) and st_isvalid(b.geom)
                                            and st_intersects(a.geom, b.geom)
                      cross join lateral (select st_intersection(a.geom, b.geom) as g) as x
                     where st_area(x.g::geography) > ?
                    """, rs -> {
                int first = rs.getInt(1);
                int second = rs.getInt(2);
                if (!overlapGroups.get(first).equals(overlapGroups.get(second))) {
                    return; // zones that may overlap: an EDZ area or a park inside a township's outline
                }
                problems.add(new ImportProblem(second, codes.get(second), new UserMessageException("import.problem.overlap-in-file",
                        first, String.valueOf(codes.get(first)), rs.getDouble(3)), rs.getString(4)));
            }, OVERLAP_TOLERANCE_M2);
        }
        return problems;
    }

    private static Map<String, String> attributes(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            JSON.readTree(json).fields().forEachRemaining(e -> values.put(e.getKey(),
                    e.getValue().isNull() ? null : e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private void drop(UUID id) {
        owners.remove(id);
        jdbc.update("delete from import_staging where import_id = ?", id);
    }

    /** Staged rows of imports abandoned more than a day ago (a closed browser tab). */
    private void sweep() {
        jdbc.update("delete from import_staging where created_at < now() - interval '1 day'");
    }

    private static void delete(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    log.warn("could not delete {}", p);
                }
            });
        } catch (IOException e) {
            log.warn("could not delete {}", path);
        }
    }
}
