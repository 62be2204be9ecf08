package org.actionmap.collaboration;

import org.actionmap.common.UserMessageException;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The signed-in user's notifications: the comments that mentioned them. Every read and write is of the signed-in
 * user's own notifications only; a notification of a comment its author removed no longer counts.
 */
@Service
public class NotificationService {

    static final int EXCERPT_LENGTH = 80;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    NotificationService(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        SignedInUser me = currentUser.require();
        return jdbc.queryForObject("""
                select count(*) from notification n join comment c on c.id = n.comment_id
                 where n.recipient_id = ? and n.read_at is null and c.deleted_at is null
                """, Integer.class, me.id());
    }

    /** The newest notifications, unread and read, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<NotificationInfo> recent(int limit) {
        SignedInUser me = currentUser.require();
        return jdbc.query("""
                select n.id, n.comment_id, c.subject_kind, c.subject_key, c.author_name, c.author_unit_id,
                       case when char_length(c.text) > ? then left(c.text, ?) || '…' else c.text end as excerpt,
                       n.created_at, n.read_at is not null as read
                  from notification n join comment c on c.id = n.comment_id
                 where n.recipient_id = ? and c.deleted_at is null
                 order by n.created_at desc, n.id desc limit ?
                """, (rs, i) -> new NotificationInfo(rs.getLong("id"), rs.getLong("comment_id"), rs.getString("subject_kind"),
                rs.getString("subject_key"), rs.getString("author_name"), rs.getObject("author_unit_id", Long.class),
                rs.getString("excerpt"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")),
                EXCERPT_LENGTH, EXCERPT_LENGTH - 1, me.id(), limit);
    }

    /** Marks one of the signed-in user's notifications read; someone else's is refused as if it did not exist. */
    @Transactional
    public void markRead(long notificationId) {
        SignedInUser me = currentUser.require();
        int found = jdbc.update("""
                update notification set read_at = coalesce(read_at, clock_timestamp()) where id = ? and recipient_id = ?
                """, notificationId, me.id());
        if (found == 0) {
            throw new UserMessageException("notification.error.gone");
        }
    }

    @Transactional
    public void markAllRead() {
        SignedInUser me = currentUser.require();
        jdbc.update("update notification set read_at = clock_timestamp() where recipient_id = ? and read_at is null", me.id());
    }
}
