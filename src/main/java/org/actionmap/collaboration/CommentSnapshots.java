package org.actionmap.collaboration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/**
 * How a comment is kept in the change log: its code is its subject ({@code task:1}), so that the feeds and the open
 * threads recognise it, and its name is the start of its text. A removed comment keeps neither its text nor its
 * name in the entry that records its removal.
 */
@Configuration
class CommentSnapshots {

    static final int NAME_LENGTH = 60;

    @Bean
    SnapshotSource commentSnapshotSource(JdbcTemplate jdbc) {
        return new SnapshotSource() {
            @Override
            public String kind() {
                return CommentService.KIND;
            }

            @Override
            public Optional<String> snapshot(long objectId) {
                return jdbc.query("""
                        select jsonb_build_object('code', subject_kind || ':' || subject_key,
                                   'subject_kind', subject_kind, 'subject_key', subject_key, 'author', author,
                                   'name', case when deleted_at is null then case when char_length(text) > ?
                                                then left(text, ?) || '…' else text end end,
                                   'text', case when deleted_at is null then text end,
                                   'deleted_at', deleted_at)::text
                          from comment where id = ?
                        """, (rs, n) -> rs.getString(1), NAME_LENGTH, NAME_LENGTH - 1, objectId).stream().findFirst();
            }
        };
    }
}
