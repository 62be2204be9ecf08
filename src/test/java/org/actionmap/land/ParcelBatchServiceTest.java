package org.actionmap.land;

import org.actionmap.ActionMapTest;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many new parcels at once on PostGIS: the batch refuses what the form path ({@link ParcelEditService#save}) refuses,
 * reports every problem by feature number and writes nothing then; a good batch is written as single saves would write
 * it (area, zone, township, first workflow step, change log); permissions follow each parcel's place; a refusal leaves
 * the caller's transaction usable.
 */
@ActionMapTest
@Transactional
class ParcelBatchServiceTest {

    /** What the form path "says" about a value its form cannot submit. */
    static final String FORM_CANNOT_SAY = "(the form offers only the valid values)";
    /**
     * Refusals the batch names its own way: batch key → the form path's key for the same input. The batch reads files,
     * so it can name a missing code and the value it could not use; the form offers the purposes as a choice of two.
     * Every other refusal has the same key (and arguments) on both paths.
     */
    static final Map<String, String> FORM_KEY_OF_BATCH_KEY = Map.of(
            "parcel.problem.code-missing", "parcel.error.code-format",
            "parcel.problem.land-use", "parcel.error.land-use",
            "parcel.problem.purpose", FORM_CANNOT_SAY);

    /** Refusals about where a parcel lies or its shape: they must say where, for the import's map. */
    static final Set<String> GEOMETRIC = Set.of("parcel.problem.self-intersection", "parcel.problem.not-polygon",
            "parcel.problem.too-small", "parcel.problem.outside-zones", "parcel.problem.overlap",
            "parcel.problem.overlap-in-batch");

    /** A bow tie: its edges cross in the middle. */
    static final String BOW_TIE = """
            {"type":"Polygon","coordinates":[[[119.46,29.22],[119.462,29.222],[119.462,29.22],[119.46,29.222],[119.46,29.22]]]}""";
    /** Far east of the county, at sea: still longitude/latitude, but in no zone. */
    static final String OFFSHORE = rect(121.0, 29.2, 121.001, 29.201);

    @Autowired
    ParcelBatchService batch;
    @Autowired
    ParcelEditService edit;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingCalendar calendar;
    @Autowired
    PlatformTransactionManager transactions;

    /** One parcel of a batch, as a source row; null fields are missing values. */
    record Row(int featureNo, String code, String name, String landUse, String purpose, String notes, String geometry) {
        Row with(String field, Object value) {
            return new Row(featureNo, field.equals("code") ? (String) value : code, field.equals("name") ? (String) value : name,
                    field.equals("landUse") ? (String) value : landUse, field.equals("purpose") ? (String) value : purpose,
                    field.equals("notes") ? (String) value : notes, field.equals("geometry") ? (String) value : geometry);
        }
    }

    static Row row(int featureNo, String code, String purpose, String geometry) {
        return new Row(featureNo, code, "批量测试地块", "industrial", purpose, null, geometry);
    }

    /** The rows as the service's source: a union of selects with parameters, geometry from GeoJSON in EPSG:4326. */
    static ParcelBatchService.Source source(List<Row> rows) {
        String select = """
                select ?::integer as feature_no, ?::text as code, ?::text as name, ?::text as land_use, ?::text as purpose,
                       ?::text as notes, st_setsrid(st_geomfromgeojson(?::text), 4326) as geom""";
        List<Object> parameters = new ArrayList<>();
        for (Row r : rows) {
            parameters.addAll(Arrays.asList(r.featureNo(), r.code(), r.name(), r.landUse(), r.purpose(), r.notes(), r.geometry()));
        }
        return new ParcelBatchService.Source(String.join("\nunion all\n", Collections.nCopies(rows.size(), select)), parameters);
    }

    int add(String user, List<Row> rows) {
        return runAs.user(user, () -> batch.add(source(rows), share -> { }));
    }

    /** The problems of a refused batch; fails when the batch was accepted or refused otherwise. */
    List<ParcelBatchProblem> problems(String user, List<Row> rows) {
        UserMessageException refusal = refusal(() -> add(user, rows));
        assertThat(refusal).as("batch refusal").isInstanceOf(ParcelBatchRefusedException.class);
        return ((ParcelBatchRefusedException) refusal).problems();
    }

    /** The refusal a piece of work ends in, or null when it went through. */
    static UserMessageException refusal(Supplier<?> work) {
        try {
            work.get();
            return null;
        } catch (UserMessageException e) {
            return e;
        }
    }

    /** The same parcel as the form would submit it: new land, planned, no steps. */
    static ParcelDraft draft(Row r) {
        return new ParcelDraft(null, 0, r.code(), r.name(), r.landUse(), ParcelPurpose.valueOf(r.purpose()),
                ParcelStatus.PLANNED, Map.of(), Set.of(), r.notes(), r.geometry());
    }

    static String rect(double west, double south, double east, double north) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}".formatted(
                west, south, east, south, east, north, west, north, west, south);
    }

    /**
     * The square cut into cols × rows cells, row by row, each shrunk by {@code gap} degrees on every side; with no gap,
     * neighbours share their edges exactly (the same doubles on both sides).
     */
    List<String> grid(String square, int cols, int rows, double gap) {
        double[] b = bounds(square);
        double dx = (b[2] - b[0]) / cols;
        double dy = (b[3] - b[1]) / rows;
        List<String> cells = new ArrayList<>();
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                cells.add(rect(b[0] + i * dx + gap, b[1] + j * dy + gap, b[0] + (i + 1) * dx - gap, b[1] + (j + 1) * dy - gap));
            }
        }
        return cells;
    }

    /** West, south, east, north of a GeoJSON geometry. */
    double[] bounds(String geometry) {
        return jdbc.queryForObject("select st_xmin(g), st_ymin(g), st_xmax(g), st_ymax(g) from st_geomfromgeojson(?) as g",
                (rs, n) -> new double[]{rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}, geometry);
    }

    /** A square of about 20 × 22 m inside the largest live parcel of the zone, and that parcel's code. */
    String[] insideParcelOf(String zoneCode) {
        return jdbc.queryForObject("""
                select p.code, st_asgeojson(st_expand(st_pointonsurface(p.geom), 0.0001), 7)
                  from parcel p join zone z on z.id = p.zone_id
                 where z.code = ? and p.deleted_at is null and st_within(st_expand(st_pointonsurface(p.geom), 0.0001), p.geom)
                 order by p.area_m2 desc limit 1
                """, (rs, n) -> new String[]{rs.getString(1), rs.getString(2)}, zoneCode);
    }

    long parcelCount() {
        return jdbc.queryForObject("select count(*) from parcel", Long.class);
    }

    long changeCount() {
        return jdbc.queryForObject("select count(*) from change_log", Long.class);
    }

    /**
     * Runs the work in a savepoint of the test's transaction, then rolls back to it: a parcel one case wrongly wrote
     * cannot refuse the next case's parcel (same code, same land).
     */
    <T> T inSavepoint(Supplier<T> work) {
        // in SQL: the JPA transaction manager offers no nested transactions
        jdbc.execute("savepoint parcel_case");
        try {
            return work.get();
        } finally {
            jdbc.execute("rollback to savepoint parcel_case");
        }
    }

    /** Whether the caller's (here the test's) transaction has been marked to roll back. */
    boolean rollbackOnly() {
        return Boolean.TRUE.equals(new TransactionTemplate(transactions).execute(TransactionExecution::isRollbackOnly));
    }

    /** Message arguments, areas compared to the millimetre². */
    static final Comparator<Object> ARGUMENT = (a, b) -> a instanceof Number x && b instanceof Number y
            ? (Math.abs(x.doubleValue() - y.doubleValue()) < 1e-6 ? 0 : Double.compare(x.doubleValue(), y.doubleValue()))
            : Objects.equals(a, b) ? 0 : 1;

    /** One bad parcel, the user who adds it, and the key the batch must refuse it with. */
    record Case(String what, String user, Row row, String batchKey) {
    }

    @Test
    void everyParcelTheFormRefusesTheBatchRefusesTooAndNeitherWrites() {
        String free = FreeLand.square(jdbc, "EDZ-LJ", 0.0005);
        String[] occupied = insideParcelOf("EDZ-LJ");
        Row good = row(41, "T-PAR-1", "NEW_INDUSTRIAL", free);
        List<Case> cases = List.of(
                new Case("bad code format", "edz", good.with("code", "T PAR!"), "parcel.error.code-format"),
                new Case("missing code", "edz", good.with("code", null), "parcel.problem.code-missing"),
                new Case("code taken", "edz", good.with("code", occupied[0]), "parcel.error.code-taken"),
                new Case("empty name", "edz", good.with("name", ""), "parcel.error.name"),
                // the form's isBlank finds tabs and ideographic spaces (U+3000, common in Chinese files) blank;
                // PostgreSQL's btrim, which the batch trims with, strips plain spaces only
                new Case("blank name of tab and ideographic space", "edz", good.with("name", "\t\u3000"), "parcel.error.name"),
                new Case("name over 200 characters", "edz", good.with("name", "名".repeat(201)), "parcel.error.name"),
                new Case("unknown land use", "edz", good.with("landUse", "farmland"), "parcel.problem.land-use"),
                new Case("unknown purpose", "edz", good.with("purpose", "FACTORY"), "parcel.problem.purpose"),
                new Case("notes over 2000 characters", "edz", good.with("notes", "x".repeat(2001)), "parcel.error.notes-too-long"),
                new Case("self-intersecting bow tie", "edz", good.with("geometry", BOW_TIE), "parcel.problem.self-intersection"),
                new Case("a point", "edz", good.with("geometry", "{\"type\":\"Point\",\"coordinates\":[119.5,29.2]}"),
                        "parcel.problem.not-polygon"),
                new Case("under 50 m²", "edz", good.with("geometry", FreeLand.square(jdbc, "EDZ-LJ", 0.00002)), "parcel.problem.too-small"),
                new Case("outside every zone", "edz", good.with("geometry", OFFSHORE), "parcel.problem.outside-zones"),
                new Case("overlapping " + occupied[0], "edz", good.with("geometry", occupied[1]), "parcel.problem.overlap"),
                // said from the EDZ's side: the parcel is a township's, not "outside your township" (the EDZ has none)
                new Case("a township park, for the EDZ", "edz", good.with("geometry", FreeLand.square(jdbc, "TP-XIANGXI", 0.0004)),
                        "parcel.error.township-parcel"),
                new Case("another township's park, for a township", "xiangxi", good.with("geometry",
                        FreeLand.square(jdbc, "TP-NVBU", 0.0004)), "parcel.error.not-your-township"),
                new Case("an EDZ area, for a township", "xiangxi", good, "parcel.error.not-zone-editor"));
        long parcels = parcelCount();
        long changes = changeCount();

        SoftAssertions soft = new SoftAssertions();
        for (Case c : cases) {
            inSavepoint(() -> {
                String formKey = FORM_KEY_OF_BATCH_KEY.getOrDefault(c.batchKey(), c.batchKey());
                UserMessageException form = formKey.equals(FORM_CANNOT_SAY) ? null
                        : refusal(() -> runAs.user(c.user(), () -> edit.save(draft(c.row()))));
                if (!formKey.equals(FORM_CANNOT_SAY)) {
                    soft.assertThat(form).as("%s: the form refuses", c.what()).isNotNull();
                    if (form != null) {
                        soft.assertThat(form.messageKey()).as("%s: the form's key", c.what()).isEqualTo(formKey);
                    }
                }
                UserMessageException refused = refusal(() -> add(c.user(), List.of(c.row())));
                soft.assertThat(refused).as("%s: the batch refuses", c.what()).isInstanceOf(ParcelBatchRefusedException.class);
                if (refused instanceof ParcelBatchRefusedException r) {
                    soft.assertThat(r.problems()).as("%s: the batch's problems", c.what())
                            .extracting(p -> p.message().messageKey()).containsExactly(c.batchKey());
                    for (ParcelBatchProblem p : r.problems()) {
                        soft.assertThat(p.featureNumber()).as("%s: feature number", c.what()).isEqualTo(41);
                        soft.assertThat(p.code()).as("%s: code", c.what()).isEqualTo(c.row().code());
                        if (GEOMETRIC.contains(p.message().messageKey())) {
                            soft.assertThat(p.where()).as("%s: where", c.what()).isNotNull().startsWith("{\"type\":");
                        }
                        if (form != null && form.messageKey().equals(p.message().messageKey())) {
                            soft.assertThat(p.message().args()).as("%s: the same arguments", c.what())
                                    .usingElementComparator(ARGUMENT).containsExactly(form.args());
                        }
                    }
                }
                soft.assertThat(parcelCount()).as("%s: no parcel written", c.what()).isEqualTo(parcels);
                soft.assertThat(changeCount()).as("%s: no change logged", c.what()).isEqualTo(changes);
                return null;
            });
        }
        // the shared row itself is good: each case is refused for its own fault alone
        UserMessageException goodRefused = inSavepoint(() -> refusal(() -> add("edz", List.of(good))));
        soft.assertThat(goodRefused).as("the good row refused: %s", goodRefused instanceof ParcelBatchRefusedException r
                ? r.problems() : goodRefused).isNull();
        soft.assertAll();
    }

    @Test
    void aBatchWithManyProblemsReportsEveryOneByFeatureAndWritesNothing() {
        List<String> cells = grid(FreeLand.square(jdbc, "EDZ-LJ", 0.0008), 4, 2, 0.00003);
        String[] occupied = insideParcelOf("EDZ-LJ");
        double[] first = bounds(cells.get(0));
        // the right half of feature 2: listed first, but the later number carries the overlap
        String insideFirst = rect((first[0] + first[2]) / 2, first[1], first[2], first[3]);
        List<Row> rows = List.of(
                row(7, "T-MANY-7", "NEW_INDUSTRIAL", insideFirst),
                row(2, "T-MANY-2", "NEW_INDUSTRIAL", cells.get(0)),
                row(5, "T-MANY-2", "IDLE_LAND", cells.get(1)),
                row(9, "T-MANY-9", "NEW_INDUSTRIAL", BOW_TIE),
                row(11, "T-MANY-11", "NEW_INDUSTRIAL", FreeLand.square(jdbc, "EDZ-LJ", 0.00002)),
                row(12, "T-MANY-12", "NEW_INDUSTRIAL", cells.get(2)).with("landUse", "farmland"),
                row(13, "T-MANY-13", "IDLE_LAND", OFFSHORE),
                row(15, "T-MANY-15", "NEW_INDUSTRIAL", occupied[1]),
                row(16, "T-MANY-16", "NEW_INDUSTRIAL", cells.get(3)).with("name", " ").with("notes", "x".repeat(2001)),
                row(18, "T-MANY-18", "NEW_INDUSTRIAL", cells.get(4)),
                row(20, occupied[0], "IDLE_LAND", cells.get(5)));
        long parcels = parcelCount();
        long changes = changeCount();

        List<ParcelBatchProblem> problems = problems("edz", rows);
        // the import's preview: the same problems, found without writing
        assertThat(runAs.user("edz", () -> batch.check(source(rows), share -> { })))
                .extracting(p -> p.featureNumber() + " " + p.message().messageKey())
                .containsExactlyElementsOf(problems.stream().map(p -> p.featureNumber() + " " + p.message().messageKey()).toList());

        assertThat(problems).extracting(p -> p.featureNumber() + " " + p.message().messageKey()).containsExactlyInAnyOrder(
                "5 parcel.problem.code-repeated",
                "7 parcel.problem.overlap-in-batch",
                "9 parcel.problem.self-intersection",
                "11 parcel.problem.too-small",
                "12 parcel.problem.land-use",
                "13 parcel.problem.outside-zones",
                "15 parcel.problem.overlap",
                "16 parcel.error.name",
                "16 parcel.error.notes-too-long",
                "20 parcel.error.code-taken");
        assertThat(problems).isSortedAccordingTo(Comparator.comparingInt(ParcelBatchProblem::featureNumber));
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo(rows.stream().filter(r -> r.featureNo() == p.featureNumber()).findFirst().orElseThrow().code());
            if (GEOMETRIC.contains(p.message().messageKey())) {
                assertThat(p.where()).as("where of %s", p).isNotNull().startsWith("{\"type\":");
            }
        });
        assertThat(problem(problems, 5).message().args()).containsExactly("T-MANY-2", 2);
        ParcelBatchProblem inBatch = problem(problems, 7);
        assertThat(inBatch.message().args()[0]).isEqualTo(2);
        assertThat(inBatch.message().args()[1]).isEqualTo("T-MANY-2");
        double half = jdbc.queryForObject("select st_area(st_setsrid(st_geomfromgeojson(?), 4326)::geography)", Double.class, insideFirst);
        assertThat((Double) inBatch.message().args()[2]).isCloseTo(half, org.assertj.core.api.Assertions.within(0.01));
        assertThat(inBatch.where()).contains("Polygon");
        assertThat(problem(problems, 12).message().args()).containsExactly("farmland");
        assertThat(problem(problems, 15).message().args()[0]).isEqualTo(occupied[0]);
        assertThat(problem(problems, 20).message().args()).containsExactly(occupied[0]);

        assertThat(parcelCount()).isEqualTo(parcels);
        assertThat(changeCount()).isEqualTo(changes);
        assertThat(jdbc.queryForObject("select count(*) from parcel where code like 'T-MANY-%'", Long.class)).isZero();
    }

    static ParcelBatchProblem problem(List<ParcelBatchProblem> problems, int featureNo) {
        return problems.stream().filter(p -> p.featureNumber() == featureNo).findFirst().orElseThrow();
    }

    @Test
    void aGoodBatchIsWrittenAsSingleSavesWouldWriteIt() {
        // 30 cells of about 20 × 27 m sharing their edges: touching neighbours are not overlaps
        List<String> cells = grid(FreeLand.square(jdbc, "EDZ-LJ", 0.0006), 6, 5, 0);
        List<Row> rows = IntStream.range(0, 30).mapToObj(i -> row(i + 1, "T-GOOD-%02d".formatted(i + 1),
                i % 2 == 0 ? "IDLE_LAND" : "NEW_INDUSTRIAL", cells.get(i))).toList();
        assertThat(jdbc.queryForObject("""
                select count(*) from unnest(?::text[]) as a(j), unnest(?::text[]) as b(j)
                 where a.j < b.j and st_touches(st_geomfromgeojson(a.j), st_geomfromgeojson(b.j))
                """, Long.class, cells.toArray(String[]::new), cells.toArray(String[]::new)))
                .as("neighbouring cells touching").isGreaterThan(40);
        long parcels = parcelCount();
        long changes = changeCount();

        assertThat(runAs.user("edz", () -> batch.check(source(rows), share -> { }))).as("nothing to say").isEmpty();
        assertThat(parcelCount()).as("a check writes nothing").isEqualTo(parcels);
        assertThat(add("edz", rows)).isEqualTo(30);

        assertThat(parcelCount()).isEqualTo(parcels + 30);
        assertThat(changeCount()).isEqualTo(changes + 30);
        List<Map<String, Object>> written = jdbc.queryForList("""
                select p.code, p.name, p.land_use, p.purpose, p.status, p.notes, p.created_by, p.updated_by, p.version,
                       abs(p.area_m2 - st_area(p.geom::geography)) < 1e-6 as area_right,
                       p.zone_id, p.township_id, pl.zone_id as rule_zone, pl.township_id as rule_township, z.code as zone_code,
                       (select jsonb_object_agg(s.status, s.reached_on) from parcel_status_step s where s.parcel_id = p.id)::text as steps
                  from parcel p left join zone z on z.id = p.zone_id
                  cross join lateral (%s) as pl
                 where p.code like 'T-GOOD-%%' order by p.code
                """.formatted(GeometryCheck.placementOf("p.geom")));
        assertThat(written).hasSize(30);
        String today = Date.valueOf(calendar.today()).toString();
        for (int i = 0; i < 30; i++) {
            Map<String, Object> p = written.get(i);
            Row r = rows.get(i);
            assertThat(p.get("code")).isEqualTo(r.code());
            assertThat(p).containsEntry("name", r.name()).containsEntry("land_use", "industrial").containsEntry("purpose", r.purpose())
                    .containsEntry("created_by", "edz").containsEntry("updated_by", "edz").containsEntry("version", 0)
                    .containsEntry("area_right", true).containsEntry("zone_code", "EDZ-LJ");
            assertThat(p.get("notes")).isNull();
            // zone and township by the rule a single save applies (GeometryCheck.PLACE_PARCELS)
            assertThat(p.get("zone_id")).isEqualTo(p.get("rule_zone"));
            assertThat(p.get("township_id")).isNotNull().isEqualTo(p.get("rule_township"));
            if (r.purpose().equals("IDLE_LAND")) {
                assertThat(p).containsEntry("status", "IDENTIFIED").containsEntry("steps", "{\"IDENTIFIED\": \"" + today + "\"}");
            } else {
                assertThat(p).containsEntry("status", "PLANNED");
                assertThat(p.get("steps")).isNull();
            }
        }
        List<Map<String, Object>> log = jdbc.queryForList("""
                select c.code, c.actor, c.object_id = p.id as same_object,
                       c.snapshot -> 'geometry' = st_asgeojson(p.geom, 7)::jsonb as same_geometry, c.snapshot ->> 'status' as status
                  from change_log c join parcel p on p.id = c.object_id
                 where c.kind = 'parcel' and c.action = 'CREATED' and p.code like 'T-GOOD-%' order by c.code
                """);
        assertThat(log).extracting(c -> c.get("code")).containsExactlyElementsOf(rows.stream().map(Row::code).toList());
        assertThat(log).allSatisfy(c -> assertThat(c).containsEntry("actor", "edz").containsEntry("same_object", true)
                .containsEntry("same_geometry", true));
        assertThat(log).extracting(c -> c.get("status"))
                .containsExactlyElementsOf(rows.stream().map(r -> r.purpose().equals("IDLE_LAND") ? "IDENTIFIED" : "PLANNED").toList());
    }

    @Test
    void aParcelIsRefusedExactlyWhereTheUserMayNotEditAndOthersMayNotAddAtAll() {
        List<String> xiangxi = grid(FreeLand.square(jdbc, "TS-XIANGXI", 0.0006), 2, 1, 0.00005);
        List<String> lanjiang = grid(FreeLand.square(jdbc, "EDZ-LJ", 0.0006), 2, 1, 0.00005);
        List<Row> rows = List.of(
                row(1, "T-PERM-1", "NEW_INDUSTRIAL", xiangxi.get(0)),
                row(2, "T-PERM-2", "IDLE_LAND", lanjiang.get(0)),
                row(3, "T-PERM-3", "IDLE_LAND", xiangxi.get(1)),
                row(4, "T-PERM-4", "NEW_INDUSTRIAL", lanjiang.get(1)),
                row(5, "T-PERM-5", "NEW_INDUSTRIAL", FreeLand.square(jdbc, "EDZ-JN", 0.0004)));
        long parcels = parcelCount();
        long changes = changeCount();

        assertThat(problems("xiangxi", rows)).extracting(p -> p.featureNumber() + " " + p.code() + " " + p.message().messageKey())
                .containsExactly("2 T-PERM-2 parcel.error.not-zone-editor", "4 T-PERM-4 parcel.error.not-zone-editor",
                        "5 T-PERM-5 parcel.error.not-zone-editor");
        assertThat(parcelCount()).isEqualTo(parcels);

        // the power bureau edits nowhere, a leader only reads, and nobody signed in adds nothing
        assertThatThrownBy(() -> add("power", rows)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> add("leader", rows)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> batch.add(source(rows), share -> { })).isInstanceOf(NotPermittedException.class);
        assertThat(parcelCount()).isEqualTo(parcels);
        assertThat(changeCount()).isEqualTo(changes);

        // the township's own parcels alone go through
        assertThat(add("xiangxi", List.of(rows.get(0), rows.get(2)))).isEqualTo(2);
        assertThat(jdbc.queryForList("select code from parcel where code like 'T-PERM-%' order by code", String.class))
                .containsExactly("T-PERM-1", "T-PERM-3");
    }

    @Test
    void aRefusalLeavesTheCallersTransactionUsable() {
        List<String> cells = grid(FreeLand.square(jdbc, "EDZ-JN", 0.0005), 3, 1, 0);
        List<Row> rows = List.of(row(1, "T-AFTER-1", "NEW_INDUSTRIAL", cells.get(0)),
                row(2, "T-AFTER-2", "IDLE_LAND", cells.get(1)), row(3, "T-AFTER-3", "NEW_INDUSTRIAL", cells.get(2)));
        long parcels = parcelCount();
        assertThat(rollbackOnly()).isFalse();

        assertThat(problems("edz", List.of(rows.get(0), rows.get(1).with("code", "T-AFTER-1"), rows.get(2))))
                .extracting(p -> p.message().messageKey()).containsExactly("parcel.problem.code-repeated");
        assertThat(rollbackOnly()).as("rollback-only after the refusal").isFalse();

        assertThat(add("edz", rows)).isEqualTo(3);
        assertThat(parcelCount()).isEqualTo(parcels + 3);
        assertThat(jdbc.queryForObject("""
                select count(*) from change_log c join parcel p on p.id = c.object_id
                 where c.kind = 'parcel' and c.action = 'CREATED' and p.code like 'T-AFTER-%'
                """, Long.class)).isEqualTo(3);
        assertThat(rollbackOnly()).isFalse();

        // the probe can tell: a refusal by the form path (plain @Transactional) does doom the caller's transaction
        assertThat(refusal(() -> runAs.user("edz", () -> edit.save(draft(rows.get(0).with("code", "T AFTER")))))).isNotNull();
        assertThat(rollbackOnly()).as("rollback-only after a form refusal").isTrue();
    }
}
