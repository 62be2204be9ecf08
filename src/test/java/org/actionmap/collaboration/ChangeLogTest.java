package org.actionmap.collaboration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.actionmap.ActionMapTest;
import org.actionmap.land.ParcelDetails;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelService;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The change log on PostGIS: written with the change, never without it; history and the state as of a moment. */
@ActionMapTest
@Transactional
class ChangeLogTest {

    @Autowired
    ChangeLog log;
    @Autowired
    ParcelService parcels;
    @Autowired
    ParcelEditService edit;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSavedChangeIsLoggedWithWhoOfWhichUnitAndTheObjectsStateAfterIt() throws Exception {
        String code = Renames.anEdzParcel(jdbc);
        ParcelDetails renamed = Renames.rename(runAs, parcels, edit, code, "改名地块");

        List<ChangeLogEntry> history = log.history("parcel", renamed.id());
        ChangeLogEntry last = history.get(history.size() - 1);
        assertThat(last.action()).isEqualTo(ChangeAction.UPDATED);
        assertThat(last.actor()).isEqualTo("land");
        assertThat(last.actorName()).isNotBlank();
        assertThat(last.actorUnitId()).isEqualTo(jdbc.queryForObject(
                "select unit_id from app_user where username = 'land'", Long.class));
        assertThat(last.code()).isEqualTo(code);
        assertThat(last.label(java.util.Locale.CHINA)).isEqualTo("改名地块");
        var state = new ObjectMapper().readTree(last.snapshot());
        assertThat(state.path("name").asText()).isEqualTo("改名地块");
        assertThat(state.path("geometry").path("type").asText()).isEqualTo("MultiPolygon");
        assertThat(state.path("area_m2").asDouble()).isEqualTo(renamed.areaM2());
        assertThat(state.path("steps").size()).isEqualTo(renamed.steps().size());
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        String code = Renames.anEdzParcel(jdbc);
        int before = jdbc.queryForObject("select count(*) from change_log", Integer.class);
        // the power bureau may not edit land: refused before anything is written
        assertThatThrownBy(() -> runAs.user("power", () -> {
            ParcelDetails p = parcels.findByCode(code).orElseThrow();
            return edit.save(new org.actionmap.land.ParcelDraft(p.id(), p.version(), p.code(), "x", p.landUse(),
                    p.purpose(), p.status(), p.steps(), p.taskIds(), p.notes(), parcels.geometry(p.id()).orElseThrow()));
        })).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select count(*) from change_log", Integer.class)).isEqualTo(before);
    }

    @Test
    void theStateAsOfAMomentIsTheLastOneKeptByThen() throws Exception {
        String code = Renames.anEdzParcel(jdbc);
        ParcelDetails first = Renames.rename(runAs, parcels, edit, code, "第一个名字");
        Instant between = jdbc.queryForObject("select clock_timestamp()", java.sql.Timestamp.class).toInstant();
        Renames.rename(runAs, parcels, edit, code, "第二个名字");
        ObjectMapper json = new ObjectMapper();

        assertThat(json.readTree(log.asOf("parcel", first.id(), between).orElseThrow().snapshot()).path("name").asText())
                .isEqualTo("第一个名字");
        assertThat(json.readTree(log.asOf("parcel", first.id(), Instant.now().plusSeconds(5)).orElseThrow().snapshot())
                .path("name").asText()).isEqualTo("第二个名字");
        assertThat(log.allAsOf("parcel", between)).anyMatch(e -> e.objectId() == first.id());

        runAs.user("land", () -> { edit.delete(first.id(), parcels.findById(first.id()).orElseThrow().version()); return null; });
        assertThat(log.asOf("parcel", first.id(), Instant.now().plusSeconds(5))).isEmpty();
        assertThat(log.allAsOf("parcel", Instant.now().plusSeconds(5))).noneMatch(e -> e.objectId() == first.id());
    }

    @Test
    void theActivityFeedFiltersByUnitKindAndObject() {
        String code = Renames.anEdzParcel(jdbc);
        Renames.rename(runAs, parcels, edit, code, "动态测试");
        Long land = jdbc.queryForObject("select unit_id from app_user where username = 'land'", Long.class);
        Long power = jdbc.queryForObject("select unit_id from app_user where username = 'power'", Long.class);

        assertThat(log.activity(new ActivityFilter(java.util.Set.of("parcel"), land, null), 5).get(0).code()).isEqualTo(code);
        assertThat(log.activity(new ActivityFilter(null, power, null), 50)).noneMatch(e -> e.code().equals(code));
        assertThat(log.activity(new ActivityFilter(null, null, java.util.Set.of(code)), 5)).allMatch(e -> e.code().equals(code));
        assertThat(log.activity(new ActivityFilter(java.util.Set.of("substation"), null, null), 50)).noneMatch(e -> e.code().equals(code));
    }

    @Autowired
    List<SnapshotSource> sources;

    /**
     * A batch's snapshots (an import's thousands of parcels) read child rows by grouped joins, one object's by
     * subqueries: both must give the same state, or a history would show a change nobody made. Every object of every
     * kind read from a table, children (status steps, tasks, milestones) or none.
     */
    @Test
    void theStatesOfManyObjectsAtOnceAreThoseReadOneByOne() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int compared = 0;
        for (SnapshotSource source : sources) {
            if (source.snapshotsQuery().isEmpty()) {
                continue;
            }
            String table = jdbc.queryForObject("select ?::regclass::text", String.class, source.kind().replace('-', '_'));
            List<Long> ids = jdbc.queryForList("select id from " + table + " order by id", Long.class);
            java.util.Map<Long, String> batch = new java.util.HashMap<>();
            jdbc.query(con -> {
                var statement = con.prepareStatement("with wanted as (select unnest(?::bigint[]) as id) "
                        + source.snapshotsQuery().get());
                statement.setArray(1, con.createArrayOf("bigint", ids.toArray()));
                return statement;
            }, rs -> {
                batch.put(rs.getLong("id"), rs.getString("j"));
            });
            assertThat(batch.keySet()).as(source.kind()).containsExactlyInAnyOrderElementsOf(ids);
            for (long id : ids) {
                assertThat(json.readTree(batch.get(id))).as(source.kind() + " " + id)
                        .isEqualTo(json.readTree(source.snapshot(id).orElseThrow()));
                compared++;
            }
        }
        // the demo's parcels carry steps and tasks, its substations milestones, its sites tasks
        assertThat(compared).isGreaterThan(200);
        assertThat(jdbc.queryForObject("select count(*) from parcel_task", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from substation_milestone", Integer.class)).isPositive();
    }
}
