package org.actionmap.land;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.MapFigure;
import org.actionmap.plan.MapFigures;
import org.actionmap.plan.TargetInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.*;

/**
 * The land targets computed from parcels. Each computed target's measure is data (a row of {@code land_measure},
 * loaded from the {@code land-measures.yaml} beside the target catalogue): which parcels count, and from which step.
 * The figure is the parcels' stored geodesic area in mu, as running totals per month of the plan year.
 */
@Service
public class LandMeasures implements MapFigures {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> ZONE_KINDS = Set.of("EDZ_AREA", "TOWNSHIP_PARK", "TOWNSHIP");

    /** One measure as stored. */
    record Measure(String targetCode, ParcelPurpose purpose, List<String> zoneKinds, ParcelStatus reached,
                   String descriptionZh, String descriptionEn) {
    }

    private final JdbcTemplate jdbc;

    LandMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces every measure with those of the file, refusing the whole file on the first mistake. Trusted callers. */
    @Transactional
    public int load(InputStream yaml) throws IOException {
        List<Measure> measures = new ArrayList<>();
        for (JsonNode m : YAML.readTree(yaml).path("measures")) {
            String target = m.path("target").asText("");
            try {
                ParcelPurpose purpose = ParcelPurpose.valueOf(m.path("purpose").asText());
                ParcelStatus reached = ParcelStatus.valueOf(m.path("reached").asText());
                List<String> kinds = new ArrayList<>();
                m.path("zone_kinds").forEach(k -> kinds.add(k.asText()));
                if (target.isBlank() || kinds.isEmpty() || !ZONE_KINDS.containsAll(kinds)
                        || !ParcelWorkflow.of(purpose).contains(reached)) {
                    throw new IllegalArgumentException();
                }
                measures.add(new Measure(target, purpose, kinds, reached, m.path("description").path("zh").asText(null),
                        m.path("description").path("en").asText(null)));
            } catch (IllegalArgumentException e) {
                throw new UserMessageException("land.measure.error.invalid", target);
            }
        }
        jdbc.update("delete from land_measure");
        for (Measure m : measures) {
            jdbc.update("""
                    insert into land_measure (target_code, purpose, zone_kinds, reached, description_zh, description_en)
                    values (?, ?, ?::varchar[], ?, ?, ?)
                    """, m.targetCode(), m.purpose().name(), "{" + String.join(",", m.zoneKinds()) + "}", m.reached().name(),
                    m.descriptionZh(), m.descriptionEn());
        }
        return measures.size();
    }

    @Transactional(readOnly = true)
    public List<Measure> measures() {
        return jdbc.query("select * from land_measure order by target_code", (rs, n) -> new Measure(
                rs.getString("target_code"), ParcelPurpose.valueOf(rs.getString("purpose")),
                List.of((String[]) rs.getArray("zone_kinds").getArray()), ParcelStatus.valueOf(rs.getString("reached")),
                rs.getString("description_zh"), rs.getString("description_en")));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MapFigure> figure(TargetInfo target, int planYear, LocalDate asOf) {
        Optional<Measure> measure = measures().stream().filter(m -> m.targetCode().equals(target.code())).findFirst();
        return measure.map(m -> compute(m, planYear, asOf));
    }

    /** A computed target a parcel counts toward now ({@code counted}) or will once it reaches {@code reached}. */
    public record ParcelTarget(String targetCode, ParcelStatus reached, boolean counted) {
    }

    /** The computed targets whose measure takes this parcel: by its purpose and zone, and whether its step counts yet. */
    @Transactional(readOnly = true)
    public List<ParcelTarget> targetsOf(ParcelDetails parcel, LocalDate asOf) {
        return measures().stream()
                .filter(m -> m.purpose() == parcel.purpose() && m.zoneKinds().contains(parcel.zoneKind()))
                .map(m -> {
                    LocalDate reached = parcel.steps().get(m.reached());
                    boolean counted = reached != null && reached.getYear() == asOf.getYear() && !reached.isAfter(asOf);
                    return new ParcelTarget(m.targetCode(), m.reached(), counted);
                }).toList();
    }

    /**
     * Every township's land work as of a date, optionally only the measures of some targets (a task's): the area the
     * measures count in the township, planned and done. Townships without any such parcel are listed with zeros.
     */
    @Transactional(readOnly = true)
    public List<TownshipProgress> townshipProgress(int planYear, LocalDate asOf, Set<String> targetCodes) {
        List<Measure> chosen = measures().stream()
                .filter(m -> targetCodes == null || targetCodes.contains(m.targetCode())).toList();
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        Map<Long, Set<String>> parcelCodes = new HashMap<>();
        for (Measure m : chosen) {
            jdbc.query("""
                    select p.township_id, p.code, p.area_m2,
                           exists (select 1 from parcel_status_step st
                                    where st.parcel_id = p.id and st.status = ? and st.reached_on between ? and ?) as done
                      from parcel p join zone z on z.id = p.zone_id
                     where p.deleted_at is null and p.purpose = ? and z.kind = any(?::varchar[])
                       and p.township_id is not null
                    """, rs -> {
                long township = rs.getLong("township_id");
                BigDecimal area = mu(rs.getDouble("area_m2"));
                BigDecimal[] sum = sums.computeIfAbsent(township, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(area);
                if (rs.getBoolean("done")) {
                    sum[1] = sum[1].add(area);
                }
                parcelCodes.computeIfAbsent(township, k -> new HashSet<>()).add(rs.getString("code"));
            }, m.reached().name(), Date.valueOf(LocalDate.of(planYear, 1, 1)), Date.valueOf(asOf), m.purpose().name(),
                    "{" + String.join(",", m.zoneKinds()) + "}");
        }
        return jdbc.query("""
                select z.id, z.unit_id, z.code, z.name_zh, z.name_en from zone z
                 where z.kind = 'TOWNSHIP' and z.unit_id is not null order by z.code
                """, (rs, n) -> {
            long unit = rs.getLong("unit_id");
            BigDecimal[] sum = sums.getOrDefault(unit, new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            return new TownshipProgress(unit, rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
                    rs.getString("name_en"), sum[0], sum[1], parcelCodes.getOrDefault(unit, Set.of()).size());
        });
    }

    private MapFigure compute(Measure m, int year, LocalDate asOf) {
        LocalDate start = LocalDate.of(year, 1, 1);
        List<MapFigure.Feature> features = jdbc.query("""
                select p.code, p.name, p.area_m2, st.reached_on, z.name_zh, z.name_en, p.township_id, p.zone_id
                  from parcel p
                  join parcel_status_step st on st.parcel_id = p.id and st.status = ?
                  join zone z on z.id = p.zone_id
                 where p.deleted_at is null and p.purpose = ? and z.kind = any(?::varchar[])
                   and st.reached_on between ? and ?
                 order by st.reached_on, p.code
                """, (rs, n) -> new MapFigure.Feature(rs.getString("code"), rs.getString("name"), rs.getString("name_zh"),
                rs.getString("name_en"), mu(rs.getDouble("area_m2")), rs.getDate("reached_on").toLocalDate(),
                "map?parcel=" + rs.getString("code"), (Long) rs.getObject("township_id"), (Long) rs.getObject("zone_id")),
                m.reached().name(), m.purpose().name(),
                "{" + String.join(",", m.zoneKinds()) + "}", Date.valueOf(start), Date.valueOf(asOf));
        SortedMap<Integer, BigDecimal> totals = MapFigure.runningTotals(features, year, asOf);
        Map<String, MapFigure.Part> parts = new TreeMap<>();
        for (MapFigure.Feature f : features) {
            parts.merge(f.zoneNameEn(), new MapFigure.Part(f.zoneNameZh(), f.zoneNameEn(), f.amount()),
                    (a, b) -> new MapFigure.Part(a.nameZh(), a.nameEn(), a.value().add(b.value())));
        }
        return new MapFigure(totals, List.copyOf(parts.values()), features, m.descriptionZh(), m.descriptionEn(),
                MapFigure.FeatureKind.parcels, null);
    }

    private static BigDecimal mu(double squareMetres) {
        return BigDecimal.valueOf(squareMetres / ParcelDetails.SQUARE_METRES_PER_MU).setScale(2, RoundingMode.HALF_UP);
    }
}
