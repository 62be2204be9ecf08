package org.actionmap.collaboration;

import org.actionmap.common.UserMessageException;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Comment threads on any object, named by kind and key ({@code task}/{@code 1}, {@code parcel}/{@code DS-07}): this
 * module knows no domain, the modules that embed a thread choose the names. Every signed-in user may comment, leaders
 * and administrators included: a comment is part of the conversation about the plan, not plan data, and a leader
 * asking why a target is behind is what the threads are for. Only the author removes a comment. The people a comment
 * mentions, by name or through their unit, are notified; the author never is.
 */
@Service
public class CommentService {

    /** The change log's kind for comments; their code is the subject, {@link #subjectCode}. */
    public static final String KIND = "comment";
    public static final int MAX_LENGTH = 2000;
    private static final Pattern SUBJECT_KIND = Pattern.compile("[a-z][a-z_]{0,29}");
    /** Control characters other than line breaks and tabs: invisible, and PostgreSQL refuses NUL in text. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final OrgUnitService units;
    private final Changes changes;

    CommentService(JdbcTemplate jdbc, CurrentUser currentUser, OrgUnitService units, Changes changes) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.units = units;
        this.changes = changes;
    }

    /** How a subject is written in the change log and its events: {@code kind:key}. */
    public static String subjectCode(String kind, String key) {
        return kind + ":" + key;
    }

    /**
     * Posts the signed-in user's comment: the text trimmed, 1 to {@value #MAX_LENGTH} characters, kept as plain text.
     * The comment, its mentions and the notifications are written together or not at all.
     */
    @Transactional
    public CommentInfo post(String subjectKind, String subjectKey, String text) {
        SignedInUser me = currentUser.require();
        checkSubject(subjectKind, subjectKey);
        String clean = CONTROL.matcher(text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
        if (clean.isEmpty()) {
            throw new UserMessageException("comment.error.blank");
        }
        int length = clean.codePointCount(0, clean.length());
        if (length > MAX_LENGTH) {
            throw new UserMessageException("comment.error.too-long", MAX_LENGTH, length);
        }
        long id = jdbc.queryForObject("""
                insert into comment (subject_kind, subject_key, author, author_id, author_name, author_unit_id, text)
                select ?, ?, u.username, u.id, u.display_name, u.unit_id, ? from app_user u where u.id = ?
                returning id
                """, Long.class, subjectKind, subjectKey, clean, me.id());
        List<Mention> mentions = mentions().find(clean);
        for (Mention m : mentions) {
            jdbc.update("insert into comment_mention (comment_id, user_id, unit_id, start_at, length) values (?, ?, ?, ?, ?)",
                    id, m.userId(), m.unitId(), m.start(), m.length());
        }
        notifyMentioned(id, me.id(), mentions);
        changes.record(KIND, id, ChangeAction.COMMENTED);
        return comment(id);
    }

    /** A thread's comments, oldest first, without those their authors removed. */
    @Transactional(readOnly = true)
    public List<CommentInfo> thread(String subjectKind, String subjectKey) {
        return comments("c.subject_kind = ? and c.subject_key = ? and c.deleted_at is null", subjectKind, subjectKey);
    }

    /** How many comments each of a kind's subjects has (those without any are absent). */
    @Transactional(readOnly = true)
    public Map<String, Integer> counts(String subjectKind, Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("""
                select subject_key, count(*) from comment
                 where subject_kind = ? and subject_key = any(?) and deleted_at is null group by subject_key
                """, (rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)), subjectKind, subjectKeys.toArray(String[]::new))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Removes one of the signed-in user's own comments; its notifications go with it. */
    @Transactional
    public void delete(long commentId) {
        SignedInUser me = currentUser.require();
        List<Long> authors = jdbc.queryForList("select author_id from comment where id = ? and deleted_at is null for update",
                Long.class, commentId);
        if (authors.isEmpty()) {
            throw new UserMessageException("comment.error.gone");
        }
        if (!authors.get(0).equals(me.id())) {
            throw new NotPermittedException("comment.error.not-yours");
        }
        jdbc.update("update comment set deleted_at = clock_timestamp() where id = ?", commentId);
        changes.record(KIND, commentId, ChangeAction.DELETED);
    }

    private CommentInfo comment(long id) {
        return comments("c.id = ?", id).get(0);
    }

    /** The comments a condition on {@code comment c} selects, oldest first, each with its mentions. */
    private List<CommentInfo> comments(String condition, Object... args) {
        Map<Long, List<Mention>> mentions = new java.util.HashMap<>();
        jdbc.query("select m.comment_id, m.start_at, m.length, m.user_id, m.unit_id from comment_mention m"
                + " join comment c on c.id = m.comment_id where " + condition + " order by m.start_at", rs -> {
            mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Mention(rs.getInt(2), rs.getInt(3),
                    rs.getObject(4, Long.class), rs.getObject(5, Long.class)));
        }, args);
        return jdbc.query("select c.* from comment c where " + condition + " order by c.created_at, c.id",
                (rs, n) -> new CommentInfo(rs.getLong("id"), rs.getString("subject_kind"), rs.getString("subject_key"),
                        rs.getString("author"), rs.getString("author_name"), rs.getObject("author_unit_id", Long.class),
                        rs.getString("text"), rs.getTimestamp("created_at").toInstant(),
                        List.copyOf(mentions.getOrDefault(rs.getLong("id"), List.of()))), args);
    }

    private static void checkSubject(String kind, String key) {
        if (kind == null || !SUBJECT_KIND.matcher(kind).matches() || key == null || key.isBlank()
                || key.length() > 80 - kind.length() - 1) {
            throw new UserMessageException("comment.error.subject");
        }
    }

    /** Everyone who can be mentioned, by every name they answer to. */
    private Mentions mentions() {
        List<Mentions.Name> names = new ArrayList<>();
        jdbc.query("select id, username, display_name from app_user where enabled", rs -> {
            long id = rs.getLong("id");
            names.add(new Mentions.Name(rs.getString("username"), true, id, null));
            names.add(new Mentions.Name(rs.getString("display_name"), false, id, null));
        });
        for (OrgUnitInfo unit : units.findAll()) {
            if (!unit.enabled()) {
                continue;
            }
            names.add(new Mentions.Name(unit.code(), true, null, unit.id()));
            names.add(new Mentions.Name(unit.nameZh(), false, null, unit.id()));
            names.add(new Mentions.Name(unit.nameEn(), false, null, unit.id()));
            unit.aliases().forEach(a -> names.add(new Mentions.Name(a, false, null, unit.id())));
        }
        return new Mentions(names);
    }

    private void notifyMentioned(long commentId, Long authorId, List<Mention> mentions) {
        Set<Long> recipients = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.userId() != null) {
                recipients.add(m.userId());
            } else {
                recipients.addAll(jdbc.queryForList("select id from app_user where unit_id = ? and enabled order by id",
                        Long.class, m.unitId()));
            }
        }
        recipients.remove(authorId);
        for (Long recipient : recipients) {
            jdbc.update("insert into notification (recipient_id, comment_id) values (?, ?)", recipient, commentId);
        }
    }
}
