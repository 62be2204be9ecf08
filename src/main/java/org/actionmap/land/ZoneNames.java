package org.actionmap.land;

import org.actionmap.collaboration.SnapshotNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** Names a parcel snapshot's {@code zone_id} for its history: the zone's name in the reader's language. */
@Component
class ZoneNames implements SnapshotNames {

    private final JdbcTemplate jdbc;

    ZoneNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> name(String field, long id, Locale locale) {
        if (!field.equals("zone_id")) {
            return Optional.empty();
        }
        boolean chinese = "zh".equals(locale.getLanguage());
        return jdbc.query("select case when ? then name_zh else coalesce(name_en, name_zh) end from zone where id = ?",
                (rs, n) -> rs.getString(1), chinese, id).stream().findFirst();
    }
}
