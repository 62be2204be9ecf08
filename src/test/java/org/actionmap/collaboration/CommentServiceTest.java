package org.actionmap.collaboration;

import org.actionmap.ActionMapTest;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Comments on PostGIS: who may write, what is refused with nothing written, mentions and whom they notify. */
@ActionMapTest
@Transactional
class CommentServiceTest {

    @Autowired
    CommentService comments;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChangeLog log;

    private CommentInfo post(String user, String kind, String key, String text) {
        return runAs.user(user, () -> comments.post(kind, key, text));
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private long unitId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private List<String> notified(long commentId) {
        return jdbc.queryForList("""
                select u.username from notification n join app_user u on u.id = n.recipient_id
                 where n.comment_id = ? order by u.username
                """, String.class, commentId);
    }

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private void addUser(String username, String displayName, String unitCode, boolean enabled) {
        jdbc.update("""
                insert into app_user (username, password_hash, display_name, role, unit_id, enabled)
                values (?, 'not-a-hash', ?, 'STAFF', (select id from org_unit where code = ?), ?)
                """, username, displayName, unitCode, enabled);
    }

    @Test
    void aThreadListsItsCommentsOldestFirstWithTheirAuthorsAndUnits() {
        post("land", "task", "901", "第一条");
        post("edz", "task", "901", "第二条");
        post("edz", "task", "902", "另一个任务");

        List<CommentInfo> thread = comments.thread("task", "901");
        assertThat(thread).extracting(CommentInfo::text).containsExactly("第一条", "第二条");
        assertThat(thread.get(0).author()).isEqualTo("land");
        assertThat(thread.get(0).authorName()).isEqualTo("王国土");
        assertThat(thread.get(0).authorUnitId()).isEqualTo(unitId("LAND"));
        assertThat(comments.counts("task", List.of("901", "902", "903"))).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("901", 2, "902", 1));
    }

    @Test
    void aCommentIsInTheChangeLogUnderItsSubjectWithTheStartOfItsText() {
        CommentInfo c = post("land", "target", "T-X", "请核对本月数据");

        ChangeLogEntry entry = log.history(CommentService.KIND, c.id()).get(0);
        assertThat(entry.action()).isEqualTo(ChangeAction.COMMENTED);
        assertThat(entry.code()).isEqualTo("target:T-X");
        assertThat(entry.label(java.util.Locale.CHINA)).isEqualTo("请核对本月数据");
        assertThat(entry.actor()).isEqualTo("land");
    }

    @Test
    void aBlankOrTooLongCommentIsRefusedWithNothingWritten() {
        int before = rows("comment");
        int logged = rows("change_log");
        assertThatThrownBy(() -> post("land", "task", "901", "  \n\t "))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.error.blank"));
        assertThatThrownBy(() -> post("land", "task", "901", null))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.error.blank"));
        // characters, not UTF-16 units: 2,000 emoji fit, one more does not
        String longest = "😀".repeat(2000);
        assertThatThrownBy(() -> post("land", "task", "901", longest + "字"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("comment.error.too-long");
                    assertThat(e.args()).containsExactly(2000, 2001);
                });
        assertThat(rows("comment")).isEqualTo(before);
        assertThat(rows("change_log")).isEqualTo(logged);

        assertThat(post("land", "task", "901", "  " + longest + "\n ").text()).isEqualTo(longest);
    }

    @Test
    void nobodySignedInMayComment() {
        int before = rows("comment");
        assertThatThrownBy(() -> comments.post("task", "901", "匿名"))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.permission.signed-out"));
        assertThat(rows("comment")).isEqualTo(before);
    }

    @Test
    void leadersAndAdministratorsTakePartInTheConversation() {
        assertThat(post("leader", "task", "901", "为什么落后了？").authorName()).isEqualTo("郑市长");
        assertThat(post("admin", "task", "901", "已核实").author()).isEqualTo("admin");
    }

    @Test
    void aSubjectThatIsNotAKindAndKeyIsRefused() {
        assertThatThrownBy(() -> post("land", "Task; drop", "1", "x"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.error.subject"));
        assertThatThrownBy(() -> post("land", "task", " ", "x")).isInstanceOf(UserMessageException.class);
    }

    @Test
    void aUserMentionedByUserNameOrByNameIsNotifiedAndTheMentionIsWhereItStands() {
        CommentInfo c = post("edz", "task", "901", "@leader 请看，@王国土 也看一下");

        assertThat(notified(c.id())).containsExactly("land", "leader");
        assertThat(c.mentions()).containsExactly(new Mention(0, 7, userId("leader"), null),
                new Mention(11, 4, userId("land"), null));
        assertThat(c.text().substring(11, 15)).isEqualTo("@王国土");
    }

    @Test
    void theLongestNameWins() {
        addUser("wangguo", "王国", "EDZ", true);
        CommentInfo c = post("edz", "task", "901", "@王国土请看");

        assertThat(c.mentions()).containsExactly(new Mention(0, 4, userId("land"), null));
        assertThat(notified(c.id())).containsExactly("land");
    }

    @Test
    void aUnitMentionedByCodeOrNameNotifiesEveryEnabledUserOfItButNotTheAuthor() {
        addUser("land2", "孙国土", "LAND", true);
        addUser("land3", "钱国土", "LAND", false);

        CommentInfo byName = post("edz", "task", "901", "请@国土资源局 确认");
        assertThat(byName.mentions()).containsExactly(new Mention(1, 6, null, unitId("LAND")));
        assertThat(notified(byName.id())).containsExactly("land", "land2");

        CommentInfo byCode = post("land", "task", "901", "@LAND 和 @Land and Resources Bureau 同事们");
        assertThat(byCode.mentions()).extracting(Mention::unitId).containsOnly(unitId("LAND")).hasSize(2);
        assertThat(notified(byCode.id())).containsExactly("land2");
    }

    @Test
    void theAuthorIsNeverNotifiedOfTheirOwnComment() {
        CommentInfo c = post("land", "task", "901", "@land @王国土 备忘");
        assertThat(c.mentions()).hasSize(2);
        assertThat(notified(c.id())).isEmpty();
    }

    @Test
    void unknownOrAmbiguousWordsAfterAnAtStayPlainText() {
        addUser("zhang1", "张伟", "EDZ", true);
        addUser("zhang2", "张伟", "LAND", true);
        CommentInfo c = post("edz", "task", "901", "@nobody 写信到 a@b.cn，@landlord 不是人名，@张伟 有两位，@ 空");

        assertThat(c.mentions()).isEmpty();
        assertThat(notified(c.id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from comment_mention where comment_id = ?", Integer.class, c.id())).isZero();
    }

    @Test
    void markupAndScriptAreKeptAsInertText() {
        String text = "<script>alert('x')</script> <b onclick=\"evil()\">粗体</b> &amp;";
        CommentInfo c = post("land", "task", "901", text);

        assertThat(comments.thread("task", "901")).extracting(CommentInfo::text).containsExactly(text);
        assertThat(c.mentions()).isEmpty();
    }

    @Test
    void controlCharactersAreDroppedAndLineBreaksKept() {
        assertThat(post("land", "task", "901", "第一行\r\n第二行\u0000\u0007").text()).isEqualTo("第一行\n第二行");
    }

    @Test
    void onlyTheAuthorRemovesACommentAndItsNotificationsGoWithIt() {
        CommentInfo c = post("edz", "task", "901", "@leader 删除测试");

        assertThatThrownBy(() -> runAs.user("leader", () -> { comments.delete(c.id()); return null; }))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.error.not-yours"));
        assertThat(comments.thread("task", "901")).hasSize(1);

        runAs.user("edz", () -> { comments.delete(c.id()); return null; });
        assertThat(comments.thread("task", "901")).isEmpty();
        assertThat(log.history(CommentService.KIND, c.id())).extracting(ChangeLogEntry::action)
                .containsExactly(ChangeAction.COMMENTED, ChangeAction.DELETED);
        assertThat(log.history(CommentService.KIND, c.id()).get(1).snapshot()).doesNotContain("删除测试");
        assertThatThrownBy(() -> runAs.user("edz", () -> { comments.delete(c.id()); return null; }))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.error.gone"));
    }
}
