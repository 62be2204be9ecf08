package org.actionmap.power;

import org.actionmap.map.LayerStyle;
import org.actionmap.map.MapLayer;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.TaskFeatures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The power projects that serve a task, for the task's page: the features its computed power targets count (the
 * substation a milestone target names, every line of a voltage a length target counts, the rural areas), whatever
 * their progress, so the page shows the whole programme, not only what is done. Derived from the power measures, so
 * that no task number is written in the code.
 */
@Component
class PowerTaskFeatures implements TaskFeatures {

    private final JdbcTemplate jdbc;
    private final PlanService plan;
    private final PowerService power;

    PowerTaskFeatures(JdbcTemplate jdbc, PlanService plan, PowerService power) {
        this.jdbc = jdbc;
        this.plan = plan;
        this.power = power;
    }

    @Override
    @Transactional(readOnly = true)
    public FeatureSet forTask(int taskNumber, Function<String, String> translate, Locale locale) {
        Set<String> substationCodes = new TreeSet<>();
        Set<Integer> voltages = new TreeSet<>();
        boolean[] rural = {false};
        jdbc.query("select target_code, feature, substation_code, voltage_kv from power_measure", rs -> {
            boolean ofTask = plan.target(rs.getString(1)).map(t -> t.taskNumber() == taskNumber).orElse(false);
            if (!ofTask) {
                return;
            }
            switch (rs.getString(2)) {
                case "SUBSTATION" -> substationCodes.add(rs.getString(3));
                case "POWER_LINE" -> voltages.add(rs.getInt(4));
                default -> rural[0] = true;
            }
        });
        List<LinkedFeature> features = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (SubstationDetails s : power.substations()) {
            if (substationCodes.contains(s.code())) {
                Milestone reached = s.reached();
                features.add(new LinkedFeature(s.code(), s.name(locale) + " · " + (reached == null
                        ? translate.apply("power.milestone.none") : translate.apply("power.milestone." + reached.name())),
                        "power?feature=" + s.code()));
                points.add(new double[]{s.lon(), s.lat(), s.lon(), s.lat()});
            }
        }
        NumberFormat km = NumberFormat.getNumberInstance(locale);
        km.setMaximumFractionDigits(2);
        List<PowerLineDetails> lines = power.lines().stream().filter(l -> voltages.contains(l.voltageKv())).toList();
        for (PowerLineDetails l : lines) {
            features.add(new LinkedFeature(l.code(), l.name(locale) + " · " + translate.apply("power.line-status." + l.status())
                    + " · " + km.format(l.lengthKm()) + " km", "power?feature=" + l.code()));
        }
        if (features.isEmpty() && !rural[0]) {
            return null;
        }
        String query = "substations=" + String.join(",", substationCodes) + "&voltages="
                + String.join(",", voltages.stream().map(String::valueOf).toList()) + "&rural=" + rural[0];
        Map<String, Object> box = jdbc.queryForMap("""
                select min(x1) as w, min(y1) as s, max(x2) as e, max(y2) as n from (
                  select st_xmin(geom) x1, st_ymin(geom) y1, st_xmax(geom) x2, st_ymax(geom) y2 from substation
                   where deleted_at is null and code = any(?::varchar[])
                  union all
                  select st_xmin(geom), st_ymin(geom), st_xmax(geom), st_ymax(geom) from power_line
                   where deleted_at is null and voltage_kv = any(?::int[])
                  union all
                  select st_xmin(geom), st_ymin(geom), st_xmax(geom), st_ymax(geom) from rural_area
                   where deleted_at is null and ?) as boxes
                """, "{" + String.join(",", substationCodes) + "}",
                "{" + String.join(",", voltages.stream().map(String::valueOf).toList()) + "}", rural[0]);
        if (box.get("w") == null) {
            return null;
        }
        MapLayer layer = MapLayer.geoJson("task-power", translate.apply("power.layer.task"),
                        "map-data/power-features.geojson?" + query,
                        LayerStyle.points("#1a237e", "#ffffff", 6).filledBy("reached", MilestoneColours.BY_REACHED))
                .identifiedBy("code");
        return new FeatureSet(layer, features, new double[]{((Number) box.get("w")).doubleValue(),
                ((Number) box.get("s")).doubleValue(), ((Number) box.get("e")).doubleValue(),
                ((Number) box.get("n")).doubleValue()});
    }
}
