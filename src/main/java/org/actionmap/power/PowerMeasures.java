package org.actionmap.power;

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
 * The power targets computed from the bureau's projects, by measures kept as data ({@code power-measures.yaml}
 * beside the target catalogue, loaded into {@code power_measure}): a milestone one substation must reach within the
 * plan year, the lines of a voltage completed within it (counted, or their length in km), or the rural distribution
 * areas completed within it.
 */
@Service
public class PowerMeasures implements MapFigures {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JdbcTemplate jdbc;

    PowerMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces every measure with those of the file; the whole file is refused on its first mistake. */
    @Transactional
    public int load(InputStream yaml) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        for (JsonNode m : YAML.readTree(yaml).path("measures")) {
            String target = m.path("target").asText("");
            try {
                String feature = m.path("feature").asText();
                String quantity = m.path("quantity").asText();
                String milestone = m.path("milestone").asText(null);
                if (milestone != null) {
                    Milestone.valueOf(milestone);
                }
                boolean substation = "SUBSTATION".equals(feature) && m.hasNonNull("substation") && milestone != null
                        && "COUNT".equals(quantity);
                boolean line = "POWER_LINE".equals(feature) && m.hasNonNull("voltage_kv")
                        && Set.of("COUNT", "LENGTH_KM").contains(quantity);
                boolean ruralArea = "RURAL_AREA".equals(feature) && "COUNT".equals(quantity);
                if (target.isBlank() || !(substation || line || ruralArea)) {
                    throw new IllegalArgumentException();
                }
                rows.add(new Object[]{target, feature, m.path("substation").asText(null), milestone,
                        m.hasNonNull("voltage_kv") ? m.path("voltage_kv").asInt() : null, quantity,
                        m.path("description").path("zh").asText(null), m.path("description").path("en").asText(null)});
            } catch (IllegalArgumentException e) {
                throw new UserMessageException("power.measure.error.invalid", target);
            }
        }
        jdbc.update("delete from power_measure");
        jdbc.batchUpdate("""
                insert into power_measure (target_code, feature, substation_code, milestone, voltage_kv, quantity,
                                           description_zh, description_en)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return rows.size();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        Integer n = jdbc.queryForObject("select count(*) from power_measure", Integer.class);
        return n == null || n == 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MapFigure> figure(TargetInfo target, int planYear, LocalDate asOf) {
        return jdbc.query("select * from power_measure where target_code = ?", (rs, n) -> compute(
                rs.getString("feature"), rs.getString("substation_code"), rs.getString("milestone"),
                rs.getObject("voltage_kv", Integer.class), rs.getString("quantity"), rs.getString("description_zh"),
                rs.getString("description_en"), planYear, asOf), target.code()).stream().findFirst();
    }

    /** A milestone is expected once its planned date has passed: 1 from then on, 0 before (and without a plan). */
    private BigDecimal milestoneExpected(String substationCode, String milestone, LocalDate asOf) {
        Boolean due = jdbc.query("""
                select m.planned_on <= ? from substation s
                  join substation_milestone m on m.substation_id = s.id and m.milestone = ?
                 where s.code = ? and s.deleted_at is null
                """, (rs, n) -> rs.getBoolean(1), Date.valueOf(asOf), milestone, substationCode).stream().findFirst().orElse(false);
        return Boolean.TRUE.equals(due) ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    /** Where a counted substation or line opens: the power workspace, zoomed to it with its details. */
    private static String link(String code) {
        return "power?feature=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    private MapFigure compute(String feature, String substationCode, String milestone, Integer voltage, String quantity,
                              String descriptionZh, String descriptionEn, int year, LocalDate asOf) {
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(asOf);
        boolean km = "LENGTH_KM".equals(quantity);
        List<MapFigure.Feature> features = "RURAL_AREA".equals(feature)
                ? jdbc.query("""
                        select code, name, completed_on, township_id from rural_area
                         where deleted_at is null and status = 'COMPLETED' and completed_on between ? and ?
                         order by completed_on, code
                        """, (rs, n) -> new MapFigure.Feature(rs.getString(1), rs.getString(2), "", "", BigDecimal.ONE,
                        rs.getDate(3).toLocalDate(), null, (Long) rs.getObject(4), null), from, to)
                : "SUBSTATION".equals(feature)
                ? jdbc.query("""
                        select s.code, s.name_zh, s.name_en, m.actual_on,
                               (select z.unit_id from zone z where z.kind = 'TOWNSHIP' and st_intersects(z.geom, s.geom)
                                 limit 1) as township_id
                          from substation s
                          join substation_milestone m on m.substation_id = s.id and m.milestone = ?
                         where s.deleted_at is null and s.code = ? and m.actual_on between ? and ?
                        """, (rs, n) -> new MapFigure.Feature(rs.getString(1), rs.getString(2), "", "", BigDecimal.ONE,
                        rs.getDate(4).toLocalDate(), link(rs.getString(1)), (Long) rs.getObject(5), null),
                        milestone, substationCode, from, to)
                : jdbc.query("""
                        select code, name_zh, name_en, length_m, completed_on from power_line
                         where deleted_at is null and voltage_kv = ? and status = 'COMPLETED' and completed_on between ? and ?
                         order by completed_on, code
                        """, (rs, n) -> new MapFigure.Feature(rs.getString(1), rs.getString(2), "", "",
                        km ? BigDecimal.valueOf(rs.getDouble(4) / 1000).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ONE,
                        rs.getDate(5).toLocalDate(), link(rs.getString(1)), null, null), voltage, from, to);
        SortedMap<Integer, BigDecimal> totals = MapFigure.runningTotals(features, year, asOf);
        return new MapFigure(totals, List.of(), features, descriptionZh, descriptionEn,
                "SUBSTATION".equals(feature) ? MapFigure.FeatureKind.substations
                        : "RURAL_AREA".equals(feature) ? MapFigure.FeatureKind.rural_areas : MapFigure.FeatureKind.lines,
                "SUBSTATION".equals(feature) ? milestoneExpected(substationCode, milestone, asOf) : null);
    }
}
