package org.actionmap.dashboard.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The generated reports in the database (V14's monthly_report). Plain JDBC: bytes in, bytes out, no entity. */
@Repository
class ReportArchive {

    private static final String COLUMNS = """
            r.id, p.year, r.month, r.locale, r.format, r.generated_at, r.generated_by, r.automatic,
            octet_length(r.content) as size
            """;

    private static final RowMapper<StoredReport> MAPPER = (rs, n) -> new StoredReport(rs.getLong("id"),
            rs.getInt("year"), rs.getInt("month"), rs.getString("locale"), ReportFormat.valueOf(rs.getString("format")),
            rs.getTimestamp("generated_at").toInstant(), rs.getString("generated_by"), rs.getBoolean("automatic"),
            rs.getLong("size"));

    private final JdbcTemplate jdbc;

    ReportArchive(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps a report. For an automatic one that another run (another node) kept meanwhile, nothing is written and the
     * result is empty: the month-end job stays idempotent without a lock.
     */
    Optional<StoredReport> keep(long planId, int month, Locale locale, ReportFormat format, byte[] content,
                                String generatedBy, boolean automatic) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int rows = jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into monthly_report (plan_id, month, locale, format, content, generated_by, automatic)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (plan_id, month, locale, format) where automatic do nothing
                    """, Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, planId);
            insert.setInt(2, month);
            insert.setString(3, locale.toLanguageTag());
            insert.setString(4, format.name());
            insert.setBytes(5, content);
            insert.setString(6, generatedBy);
            insert.setBoolean(7, automatic);
            return insert;
        }, key);
        if (rows == 0) {
            return Optional.empty();
        }
        return find(((Number) key.getKeys().get("id")).longValue());
    }

    Optional<StoredReport> find(long id) {
        return jdbc.query("select " + COLUMNS + " from monthly_report r join plan p on p.id = r.plan_id where r.id = ?",
                MAPPER, id).stream().findFirst();
    }

    Optional<byte[]> content(long id) {
        return jdbc.query("select content from monthly_report where id = ?", (rs, n) -> rs.getBytes(1), id)
                .stream().findFirst();
    }

    /**
     * The month-end reports of the plan of a year (one plan per year), latest month first, Chinese before English,
     * PDF before the workbook.
     */
    List<StoredReport> automatic(int year) {
        return jdbc.query("select " + COLUMNS + """
                 from monthly_report r join plan p on p.id = r.plan_id
                where p.year = ? and r.automatic
                order by r.month desc, r.locale desc, r.format
                """, MAPPER, year);
    }

    boolean hasAutomatic(int year, int month, Locale locale, ReportFormat format) {
        Integer count = jdbc.queryForObject("""
                select count(*) from monthly_report r join plan p on p.id = r.plan_id
                 where p.year = ? and r.month = ? and r.locale = ? and r.format = ? and r.automatic
                """, Integer.class, year, month, locale.toLanguageTag(), format.name());
        return count != null && count > 0;
    }
}
