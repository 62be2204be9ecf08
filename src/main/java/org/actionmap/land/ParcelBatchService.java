package org.actionmap.land;

import org.actionmap.collaboration.ChangeAction;
import org.actionmap.collaboration.Changes;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.ReportingCalendar;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Adds many new parcels at once (a township's survey of thousands of plots), by the rules {@link ParcelEditService}
 * applies to one parcel, checked by PostGIS over the whole batch in a few statements instead of once per parcel: code,
 * name, land use, purpose and notes; the geometry (a valid polygon in longitude/latitude of a plausible size); where it
 * lies (the zone and township, by the rule of {@link GeometryCheck#placementOf}) and whether the signed-in user may edit
 * there; no overlap with a parcel on the map or with another parcel of the batch. Every problem is reported, by parcel;
 * when there is any, nothing is written. Otherwise the parcels are written with one {@code INSERT … SELECT}, each at its
 * workflow's first step (new land planned, idle land identified on the reporting date), and one change log entry each.
 * {@code ParcelBatchServiceTest} holds the two paths to the same refusals.
 */
@Service
public class ParcelBatchService {

    /**
     * Where a batch comes from: a query yielding one row per parcel with the columns {@code feature_no} (integer, the
     * parcel's number in the report), {@code code}, {@code name}, {@code land_use}, {@code purpose}, {@code notes}
     * (text, null when missing) and {@code geom} (a geometry in EPSG:4326), with its parameters.
     */
    public record Source(String query, List<Object> parameters) {
        public Source {
            parameters = java.util.Collections.unmodifiableList(new ArrayList<>(parameters));   // nulls allowed
        }
    }

    private static final String GOOD = "s.valid and s.type = 'MULTIPOLYGON' and s.lon_lat and s.area between ? and ?";

    private final JdbcTemplate jdbc;
    private final GeometryCheck geometryCheck;
    private final ParcelAccess access;
    private final CurrentUser currentUser;
    private final ReportingCalendar calendar;
    private final Changes changes;

    ParcelBatchService(JdbcTemplate jdbc, GeometryCheck geometryCheck, ParcelAccess access, CurrentUser currentUser,
                       ReportingCalendar calendar, Changes changes) {
        this.jdbc = jdbc;
        this.geometryCheck = geometryCheck;
        this.access = access;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.changes = changes;
    }

    /** Whether the signed-in user adds parcels anywhere (a township's staff, the zone's editing units). */
    public boolean mayAddSomewhere() {
        return currentUser.get().map(access::mayEditSomewhere).orElse(false);
    }

    /**
     * Checks the batch and writes it when nothing is wrong; returns the number of parcels written. Refused with every
     * problem found, having written nothing. {@code progress} hears the share done, 0 to 1.
     */
    // a refusal leaves the caller's transaction usable: nothing was written, and the caller may report and go on
    @Transactional(noRollbackFor = ParcelBatchRefusedException.class)
    public int add(Source source, DoubleConsumer progress) {
        return run(source, progress, true);
    }

    /**
     * Checks the batch as {@link #add} would, without writing it: every problem found, empty when {@code add} would
     * write it (unless the map changes meanwhile). The preview of an import; half the time of {@code add}, which also
     * writes and logs.
     */
    @Transactional
    public List<ParcelBatchProblem> check(Source source, DoubleConsumer progress) {
        try {
            run(source, progress, false);
            return List.of();
        } catch (ParcelBatchRefusedException e) {
            return e.problems();
        }
    }

    private int run(Source source, DoubleConsumer progress, boolean write) {
        SignedInUser user = currentUser.require();
        if (!access.mayEditSomewhere(user)) {
            access.requireEdit(user, Placement.NOWHERE);
        }
        // a few heavy statements over thousands of rows: compiling them (JIT) would cost more than it saves
        jdbc.execute("set local jit = off");
        int count = stage(source);
        progress.accept(0.1);
        List<ParcelBatchProblem> problems = new ArrayList<>(fieldProblems());
        problems.addAll(shapeProblems());
        progress.accept(0.35);
        place();
        problems.addAll(placeProblems(user));
        progress.accept(0.5);
        problems.addAll(overlaps());
        progress.accept(0.75);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ParcelBatchProblem::featureNumber));
            jdbc.execute("drop table parcel_batch, parcel_batch_shape, parcel_batch_place");
            throw new ParcelBatchRefusedException(problems);
        }
        if (!write) {
            jdbc.execute("drop table parcel_batch, parcel_batch_shape, parcel_batch_place");
            progress.accept(1.0);
            return count;
        }
        long[] ids = write(user);
        progress.accept(0.9);
        changes.recordAll(LandSnapshots.PARCEL, ids, ChangeAction.CREATED);
        progress.accept(1.0);
        return count;
    }

    /** The batch in a temporary table of this transaction, with the geometry as a multi-polygon when it is one. */
    private int stage(Source source) {
        jdbc.execute("drop table if exists parcel_batch, parcel_batch_shape, parcel_batch_place");
        jdbc.update("""
                create temp table parcel_batch on commit drop as
                select src.feature_no::integer as feature_no, %s as code, %s as name, %s as land_use, %s as purpose,
                       %s as notes, case when not st_isempty(src.geom) then st_multi(src.geom) end as geom
                  from (%s) as src
                """.formatted(trimmed("src.code"), trimmed("src.name"), trimmed("src.land_use"), trimmed("src.purpose"),
                trimmed("src.notes"), source.query()), source.parameters().toArray());
        jdbc.execute("create index on parcel_batch using gist (geom)");
        jdbc.execute("analyze parcel_batch");
        Integer count = jdbc.queryForObject("select count(*) from parcel_batch", Integer.class);
        return count == null ? 0 : count;
    }

    /** The form's rules: code (present, well formed, not taken, not repeated in the batch), name, land use, purpose, notes. */
    private List<ParcelBatchProblem> fieldProblems() {
        List<ParcelBatchProblem> problems = new ArrayList<>();
        jdbc.query("""
                select b.feature_no, b.code,
                       case when b.code is null then 'parcel.problem.code-missing'
                            when b.code !~ ? then 'parcel.error.code-format'
                            when exists (select 1 from parcel p where p.code = b.code) then 'parcel.error.code-taken'
                            when b.feature_no > first.no then 'parcel.problem.code-repeated' end as code_problem,
                       first.no as first_no,
                       b.name is null or length(b.name) > ? as bad_name,
                       b.land_use is null or not (b.land_use = any(?::text[])) as bad_land_use, b.land_use,
                       b.purpose is null or not (b.purpose = any(?::text[])) as bad_purpose, b.purpose,
                       length(b.notes) > ? as long_notes
                  from (select *, min(feature_no) over (partition by code) as no from parcel_batch) as b
                  cross join lateral (select b.no) as first
                """, rs -> {
            int no = rs.getInt("feature_no");
            String code = rs.getString("code");
            String codeProblem = rs.getString("code_problem");
            if (codeProblem != null) {
                Object[] args = switch (codeProblem) {
                    case "parcel.error.code-taken" -> new Object[]{code};
                    case "parcel.problem.code-repeated" -> new Object[]{code, rs.getInt("first_no")};
                    default -> new Object[0];
                };
                problems.add(new ParcelBatchProblem(no, code, new UserMessageException(codeProblem, args), null));
            }
            if (rs.getBoolean("bad_name")) {
                problems.add(new ParcelBatchProblem(no, code, new UserMessageException("parcel.error.name"), null));
            }
            if (rs.getBoolean("bad_land_use")) {
                problems.add(new ParcelBatchProblem(no, code, new UserMessageException("parcel.problem.land-use",
                        String.valueOf(rs.getString("land_use") == null ? "" : rs.getString("land_use"))), null));
            }
            if (rs.getBoolean("bad_purpose")) {
                problems.add(new ParcelBatchProblem(no, code, new UserMessageException("parcel.problem.purpose",
                        String.valueOf(rs.getString("purpose") == null ? "" : rs.getString("purpose"))), null));
            }
            if (rs.getBoolean("long_notes")) {
                problems.add(new ParcelBatchProblem(no, code,
                        new UserMessageException("parcel.error.notes-too-long", ParcelEditService.MAX_NOTES), null));
            }
        }, "^" + ParcelEditService.CODE_REGEX + "$", ParcelEditService.MAX_NAME, array(LandUses.ALL),
                array(Arrays.stream(ParcelPurpose.values()).map(Enum::name).toList()), ParcelEditService.MAX_NOTES);
        return problems;
    }

    /** The geometry's own rules, as {@link GeometryCheck#check}: present, a polygon, longitude/latitude, valid, its size. */
    private List<ParcelBatchProblem> shapeProblems() {
        jdbc.execute("""
                create temp table parcel_batch_shape on commit drop as
                select b.feature_no, geometrytype(b.geom) as type, d.valid, d.reason,
                       st_asgeojson(d.location, 7) as location,
                       st_xmin(b.geom) >= -180 and st_xmax(b.geom) <= 180 and st_ymin(b.geom) >= -90 and st_ymax(b.geom) <= 90 as lon_lat,
                       case when d.valid then st_area(b.geom::geography) end as area
                  from parcel_batch b cross join lateral st_isvaliddetail(b.geom) as d
                 where b.geom is not null
                """);
        jdbc.execute("create index on parcel_batch_shape (feature_no)");
        jdbc.execute("analyze parcel_batch_shape");
        List<ParcelBatchProblem> problems = new ArrayList<>();
        jdbc.query("""
                select b.feature_no, b.code, s.type, s.valid, s.reason, s.lon_lat, s.area,
                       coalesce(s.location, case when s.valid then st_asgeojson(st_pointonsurface(b.geom), 7) end) as location
                  from parcel_batch b left join parcel_batch_shape s on s.feature_no = b.feature_no
                 where s.feature_no is null or not (%s)
                """.formatted(GOOD), rs -> {
            int no = rs.getInt("feature_no");
            String code = rs.getString("code");
            String type = rs.getString("type");
            if (type == null) {
                problems.add(new ParcelBatchProblem(no, code, new UserMessageException("parcel.problem.no-geometry"), null));
            } else if (!"MULTIPOLYGON".equals(type)) {
                problems.add(new ParcelBatchProblem(no, code, new UserMessageException("parcel.problem.not-polygon"), rs.getString("location")));
            } else if (!rs.getBoolean("lon_lat")) {
                problems.add(new ParcelBatchProblem(no, code, new UserMessageException("parcel.problem.not-lon-lat"), null));
            } else if (!rs.getBoolean("valid")) {
                String reason = String.valueOf(rs.getString("reason"));
                problems.add(new ParcelBatchProblem(no, code, reason.toLowerCase().contains("self-intersection")
                        ? new UserMessageException("parcel.problem.self-intersection")
                        : new UserMessageException("parcel.problem.invalid", reason), rs.getString("location")));
            } else {
                double area = rs.getDouble("area");
                problems.add(new ParcelBatchProblem(no, code, area < geometryCheck.minAreaM2()
                        ? new UserMessageException("parcel.problem.too-small", area, geometryCheck.minAreaM2())
                        : new UserMessageException("parcel.problem.too-large", area / ParcelDetails.SQUARE_METRES_PER_MU,
                        geometryCheck.maxAreaM2() / ParcelDetails.SQUARE_METRES_PER_MU), rs.getString("location")));
            }
        }, geometryCheck.minAreaM2(), geometryCheck.maxAreaM2());
        return problems;
    }

    /**
     * Zone and township of every good shape, by the rule of {@link GeometryCheck#placementOf}: the park or EDZ area
     * holding most of it, else the township outline holding most of it. The zones are the outer side of the join, so
     * that each zone's outline is prepared once for all the parcels it holds; the overlap areas, costly against an
     * outline, are computed only for parcels that more than one zone of a kind touches.
     */
    private void place() {
        jdbc.update("""
                create temp table parcel_batch_place on commit drop as
                with candidate as (
                    select b.feature_no, z.id, z.kind, z.unit_id, z.kind = 'TOWNSHIP' as outline, z.geom as zone_geom, b.geom,
                           count(*) over (partition by b.feature_no, z.kind = 'TOWNSHIP') as rivals
                      from zone z
                      join parcel_batch b on b.geom && z.geom and st_intersects(z.geom, b.geom)
                      join parcel_batch_shape s on s.feature_no = b.feature_no and %s),
                ranked as (
                    select feature_no, id, kind, unit_id, outline,
                           row_number() over (partition by feature_no, outline
                                              order by case when rivals > 1 then st_area(st_intersection(zone_geom, geom)) else 0 end desc, id) as rank
                      from candidate)
                select s.feature_no, coalesce(inner_zone.id, outline.id) as zone_id,
                       coalesce(inner_zone.kind, outline.kind) as zone_kind,
                       coalesce(outline.unit_id, case when inner_unit.kind = 'TOWNSHIP' then inner_zone.unit_id end) as township_id
                  from parcel_batch_shape s
                  left join ranked inner_zone on inner_zone.feature_no = s.feature_no and not inner_zone.outline and inner_zone.rank = 1
                  left join org_unit inner_unit on inner_unit.id = inner_zone.unit_id
                  left join ranked outline on outline.feature_no = s.feature_no and outline.outline and outline.rank = 1
                 where %s
                """.formatted(GOOD, GOOD), geometryCheck.minAreaM2(), geometryCheck.maxAreaM2(),
                geometryCheck.minAreaM2(), geometryCheck.maxAreaM2());
        jdbc.execute("create index on parcel_batch_place (feature_no)");
        jdbc.execute("analyze parcel_batch_place");
    }

    /** Parcels outside every zone, and parcels where the user may not edit: decided once per kind of place. */
    private List<ParcelBatchProblem> placeProblems(SignedInUser user) {
        List<ParcelBatchProblem> problems = new ArrayList<>();
        jdbc.query("""
                select b.feature_no, b.code, st_asgeojson(st_pointonsurface(b.geom), 7)
                  from parcel_batch_place p join parcel_batch b on b.feature_no = p.feature_no where p.zone_id is null
                """, rs -> {
            problems.add(new ParcelBatchProblem(rs.getInt(1), rs.getString(2),
                    new UserMessageException("parcel.problem.outside-zones"), rs.getString(3)));
        });
        List<Placement> places = jdbc.query("""
                select distinct zone_kind, township_id from parcel_batch_place where zone_id is not null
                """, (rs, n) -> new Placement(null, rs.getString(1), rs.getObject(2, Long.class)));
        for (Placement place : places) {
            if (access.mayEdit(user, place)) {
                continue;
            }
            UserMessageException refusal = new UserMessageException(access.refusalKey(user, place));
            jdbc.query("""
                    select b.feature_no, b.code from parcel_batch_place p join parcel_batch b on b.feature_no = p.feature_no
                     where p.zone_id is not null and p.zone_kind = ? and p.township_id is not distinct from ?
                    """, rs -> {
                problems.add(new ParcelBatchProblem(rs.getInt(1), rs.getString(2), refusal, null));
            }, place.zoneKind(), place.townshipId());
        }
        return problems;
    }

    /**
     * Overlaps beyond the tolerance with parcels on the map, then between parcels of the batch (the pairs whose
     * interiors meet found by {@link BatchOverlaps}, then measured here), each with its place.
     */
    private List<ParcelBatchProblem> overlaps() {
        List<ParcelBatchProblem> problems = new ArrayList<>();
        double tolerance = geometryCheck.overlapToleranceM2();
        jdbc.query("""
                select b.feature_no, b.code, p.code, st_area(x.g::geography), st_asgeojson(x.g, 7)
                  from parcel_batch_place pl
                  join parcel_batch b on b.feature_no = pl.feature_no
                  join parcel p on p.deleted_at is null and p.geom && b.geom and st_intersects(p.geom, b.geom)
                  cross join lateral (select st_intersection(p.geom, b.geom) as g) as x
                 where st_area(x.g::geography) > ?
                """, rs -> {
            problems.add(new ParcelBatchProblem(rs.getInt(1), rs.getString(2),
                    new UserMessageException("parcel.problem.overlap", rs.getString(3), rs.getDouble(4)), rs.getString(5)));
        }, tolerance);
        List<int[]> meeting = BatchOverlaps.interiorsMeeting(jdbc);
        if (meeting.isEmpty()) {
            return problems;
        }
        Integer[] firsts = meeting.stream().map(p -> p[0]).toArray(Integer[]::new);
        Integer[] seconds = meeting.stream().map(p -> p[1]).toArray(Integer[]::new);
        jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    select b.feature_no, b.code, a.feature_no, a.code, st_area(x.g::geography), st_asgeojson(x.g, 7)
                      from unnest(?::integer[], ?::integer[]) as pair(first, second)
                      join parcel_batch a on a.feature_no = pair.first
                      join parcel_batch b on b.feature_no = pair.second
                      cross join lateral (select st_intersection(a.geom, b.geom) as g) as x
                     where st_area(x.g::geography) > ?
                    """);
            statement.setArray(1, con.createArrayOf("integer", firsts));
            statement.setArray(2, con.createArrayOf("integer", seconds));
            statement.setDouble(3, tolerance);
            return statement;
        }, rs -> {
            problems.add(new ParcelBatchProblem(rs.getInt(1), rs.getString(2), new UserMessageException(
                    "parcel.problem.overlap-in-batch", rs.getInt(3), String.valueOf(rs.getString(4)), rs.getDouble(5)), rs.getString(6)));
        });
        return problems;
    }

    /** Inserts the batch in its order, with the first step's date for idle land; returns the new ids in that order. */
    private long[] write(SignedInUser user) {
        List<Long> ids = jdbc.queryForList("""
                with written as (
                    insert into parcel (code, name, land_use, purpose, status, notes, area_m2, geom, zone_id, township_id,
                                        created_by, updated_by)
                    select b.code, b.name, b.land_use, b.purpose,
                           case when b.purpose = 'IDLE_LAND' then 'IDENTIFIED' else 'PLANNED' end, b.notes, s.area, b.geom,
                           pl.zone_id, pl.township_id, ?, ?
                      from parcel_batch b
                      join parcel_batch_shape s on s.feature_no = b.feature_no
                      join parcel_batch_place pl on pl.feature_no = b.feature_no
                     order by b.feature_no
                    returning id, status),
                steps as (
                    insert into parcel_status_step (parcel_id, status, reached_on)
                    select id, status, ? from written where status = 'IDENTIFIED')
                select id from written order by id
                """, Long.class, user.username(), user.username(), Date.valueOf(calendar.today()));
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * A text column trimmed as Java's {@code strip()} trims a form's field (tabs, line breaks, the ideographic space
     * U+3000 of Chinese text, not only spaces as {@code btrim} does), null when nothing is left. For a source that
     * falls back on another value when a field is blank.
     */
    public static String trimmed(String column) {
        return "nullif(regexp_replace(" + column + "::text, '^[\\s\u3000]+|[\\s\u3000]+$', '', 'g'), '')";
    }

    /** A text[] literal of plain words (the land uses, the purposes). */
    private static String array(List<String> words) {
        return "{" + String.join(",", words) + "}";
    }
}
