package org.actionmap.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.MapFigure;
import org.actionmap.plan.MapFigures;
import org.actionmap.plan.TargetInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.*;

/**
 * The targets that count sites, by measures kept as data ({@code site-measures.yaml} beside the target catalogue,
 * loaded into {@code site_measure}): the sites of some kinds that were under way, completed or open within the plan
 * year up to the reporting date. Each site counts 1, from the date it started counting.
 */
@Service
public class SiteMeasures implements MapFigures {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** What makes a site count. */
    public enum Counts {
        /** under construction or completed, and not completed before the plan year: counted from its start */
        UNDER_WAY,
        /** completed within the plan year: counted from its completion */
        COMPLETED,
        /** a station open: counted from its opening (from January when it opened before the year) */
        OPEN
    }

    record Measure(String targetCode, List<SiteKind> kinds, Counts counts, String descriptionZh, String descriptionEn) {
    }

    /** A computed target a site counts toward now ({@code counted}) or will once it is under way, completed or open. */
    public record SiteTarget(String targetCode, Counts counts, boolean counted) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SiteMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Replaces every measure with those of the file; the whole file is refused on its first mistake. Trusted callers. */
    @Transactional
    public int load(InputStream yaml) throws IOException {
        List<Measure> measures = new ArrayList<>();
        for (JsonNode m : YAML.readTree(yaml).path("measures")) {
            String target = m.path("target").asText("");
            try {
                List<SiteKind> kinds = new ArrayList<>();
                m.path("kinds").forEach(k -> kinds.add(SiteKind.valueOf(k.asText())));
                Counts counts = Counts.valueOf(m.path("counts").asText());
                // a station never starts or completes, a building never opens
                boolean fits = kinds.stream().allMatch(k -> k.isStation() == (counts == Counts.OPEN));
                if (target.isBlank() || kinds.isEmpty() || !fits) {
                    throw new IllegalArgumentException();
                }
                measures.add(new Measure(target, kinds, counts, m.path("description").path("zh").asText(null),
                        m.path("description").path("en").asText(null)));
            } catch (IllegalArgumentException e) {
                throw new UserMessageException("site.measure.error.invalid", target);
            }
        }
        jdbc.update("delete from site_measure");
        for (Measure m : measures) {
            jdbc.update("""
                    insert into site_measure (target_code, kinds, counts, description_zh, description_en)
                    values (?, ?::varchar[], ?, ?, ?)
                    """, m.targetCode(), kindArray(m.kinds()), m.counts().name(), m.descriptionZh(), m.descriptionEn());
        }
        return measures.size();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        Integer n = jdbc.queryForObject("select count(*) from site_measure", Integer.class);
        return n == null || n == 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MapFigure> figure(TargetInfo target, int planYear, LocalDate asOf) {
        return measures().stream().filter(m -> m.targetCode().equals(target.code())).findFirst()
                .map(m -> compute(m, planYear, asOf));
    }

    /** The computed targets whose measure takes this site's kind, and whether it counts as of the date. */
    @Transactional(readOnly = true)
    public List<SiteTarget> targetsOf(SiteDetails site, LocalDate asOf) {
        LocalDate start = LocalDate.of(asOf.getYear(), 1, 1);
        return measures().stream().filter(m -> m.kinds().contains(site.kind()))
                .map(m -> new SiteTarget(m.targetCode(), m.counts(), countedOn(m.counts(), site.status(), site.dates(), start, asOf) != null))
                .toList();
    }

    /**
     * The date from which a site counts toward a measure in the year starting on {@code start}, up to {@code asOf};
     * null when it does not count. The SQL of {@link #compute} says the same for many sites at once.
     */
    static LocalDate countedOn(Counts counts, SiteStatus status, SiteDates dates, LocalDate start, LocalDate asOf) {
        return switch (counts) {
            case UNDER_WAY -> (status == SiteStatus.UNDER_CONSTRUCTION || status == SiteStatus.COMPLETED)
                    && !dates.startedOn().isAfter(asOf)
                    && (dates.completedOn() == null || !dates.completedOn().isBefore(start))
                    ? later(dates.startedOn(), start) : null;
            case COMPLETED -> status == SiteStatus.COMPLETED && !dates.completedOn().isBefore(start)
                    && !dates.completedOn().isAfter(asOf) ? dates.completedOn() : null;
            case OPEN -> status == SiteStatus.OPEN && !dates.openedOn().isAfter(asOf) ? later(dates.openedOn(), start) : null;
        };
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private List<Measure> measures() {
        return jdbc.query("select * from site_measure order by target_code", (rs, n) -> new Measure(
                rs.getString("target_code"),
                Arrays.stream((String[]) rs.getArray("kinds").getArray()).map(SiteKind::valueOf).toList(),
                Counts.valueOf(rs.getString("counts")), rs.getString("description_zh"), rs.getString("description_en")));
    }

    private MapFigure compute(Measure m, int year, LocalDate asOf) {
        Date start = Date.valueOf(LocalDate.of(year, 1, 1));
        String counted = switch (m.counts()) {
            case UNDER_WAY -> """
                    case when s.status in ('UNDER_CONSTRUCTION', 'COMPLETED') and s.started_on <= :asOf
                               and (s.completed_on is null or s.completed_on >= :start)
                         then greatest(s.started_on, :start) end""";
            case COMPLETED -> "case when s.status = 'COMPLETED' and s.completed_on between :start and :asOf then s.completed_on end";
            case OPEN -> "case when s.status = 'OPEN' and s.opened_on <= :asOf then greatest(s.opened_on, :start) end";
        };
        String sql = """
                select * from (
                    select s.code, s.name_zh, s.name_en, s.township_id, u.name_zh as town_zh, u.name_en as town_en, (%s) as counted_on
                      from site s left join org_unit u on u.id = s.township_id
                     where s.deleted_at is null and s.kind = any(cast(:kinds as varchar[]))) as x
                 where counted_on is not null
                 order by counted_on, code
                """.formatted(counted);
        var params = new MapSqlParameterSource()
                .addValue("asOf", Date.valueOf(asOf)).addValue("start", start).addValue("kinds", kindArray(m.kinds()));
        List<MapFigure.Feature> features = named.query(sql, params, (rs, n) -> new MapFigure.Feature(rs.getString("code"),
                rs.getString("name_zh"), Objects.toString(rs.getString("town_zh"), ""), Objects.toString(rs.getString("town_en"), ""),
                BigDecimal.ONE, rs.getDate("counted_on").toLocalDate(), "sites?site=" + rs.getString("code"),
                (Long) rs.getObject("township_id"), null));
        SortedMap<Integer, BigDecimal> totals = MapFigure.runningTotals(features, year, asOf);
        return new MapFigure(totals, List.of(), features, m.descriptionZh(), m.descriptionEn(), MapFigure.FeatureKind.sites, null);
    }

    private static String kindArray(List<SiteKind> kinds) {
        return "{" + String.join(",", kinds.stream().map(Enum::name).toList()) + "}";
    }
}
