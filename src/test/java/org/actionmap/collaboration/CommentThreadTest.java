package org.actionmap.collaboration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import org.actionmap.KaribuTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Comments in the UI: written on a task page and shown as text, the mentioned leader's bell and the notification
 * that opens the task; a colleague's comment and a target's comment count arriving without a reload.
 */
class CommentThreadTest extends KaribuTestBase {

    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChangeNotificationListener listener;

    @BeforeEach
    void aQuietTaskOne() {
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        removeTheTestsComments();
        for (String user : new String[]{"leader", "land"}) {
            runAs.user(user, () -> { notifications.markAllRead(); return null; });
        }
    }

    @AfterEach
    void removeTheTestsComments() {
        jdbc.update("delete from comment where (subject_kind = 'task' and subject_key = '1') or subject_kind = 'target'");
    }

    private void untilShown(Supplier<Boolean> condition) {
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
            MockVaadin.runUIQueue();
            return condition.get();
        });
    }

    private CommentThread taskThread() {
        return _get(CommentThread.class, spec -> spec.withId("task-comments"));
    }

    private static Stream<Element> descendants(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(CommentThreadTest::descendants));
    }

    /** The bell's badge, "" while it is hidden (nothing unread). */
    private String bellCount() {
        Span count = _get(Div.class, spec -> spec.withId("notification-bell")).getChildren()
                .filter(c -> c.getId().filter("notification-count"::equals).isPresent()).map(Span.class::cast)
                .findFirst().orElseThrow();
        return count.isVisible() ? count.getText() : "";
    }

    /** The target's button as the page shows it now: the page renders itself again when a comment arrives. */
    private Button commentsButton(String subject) {
        return _find(Button.class, spec -> spec.withClasses("comments-button")).stream()
                .filter(b -> subject.equals(b.getElement().getAttribute("data-subject"))).findFirst().orElseThrow();
    }

    @Test
    void aCommentIsShownAsTextAndTheMentionedLeaderOpensItFromTheBell() {
        signIn("land");
        UI.getCurrent().navigate("plan/tasks/1");
        String text = "<b>请注意</b><script>alert(1)</script> @leader\n第二行";
        _setValue(_get(taskThread(), TextArea.class, spec -> spec.withClasses("comment-input")), text);
        _click(_get(taskThread(), Button.class, spec -> spec.withClasses("comment-post")));

        Div body = _get(taskThread(), Div.class, spec -> spec.withClasses("comment-text"));
        assertThat(body.getElement().getTextRecursively()).isEqualTo(text);
        assertThat(descendants(body.getElement())).allMatch(e -> e.isTextNode() || e.getTag().equals("span") || e.getTag().equals("div"))
                .allMatch(e -> e.isTextNode() || e.getProperty("innerHTML") == null);
        assertThat(body.getStyle().get("white-space")).isEqualTo("pre-wrap");
        assertThat(_get(body, Span.class, spec -> spec.withClasses("comment-mention")).getText()).isEqualTo("@leader");
        assertThat(_get(taskThread(), Span.class, spec -> spec.withClasses("comment-author")).getText()).isEqualTo("国土资源局的王国土");
        assertThat(_get(taskThread(), TextArea.class, spec -> spec.withClasses("comment-input")).getValue()).isEmpty();

        signIn("leader");
        UI.getCurrent().navigate("plan");
        assertThat(bellCount()).isEqualTo("1");
        _click(_get(_get(Div.class, spec -> spec.withId("notification-bell")), Button.class));
        Div item = _get(_get(Dialog.class, spec -> spec.withId("notification-dialog")), Div.class,
                spec -> spec.withClasses("notification-item"));
        assertThat(item.getElement().getTextRecursively()).contains("国土资源局的王国土在任务 1 中提到了您").contains("刚刚")
                .contains("<b>请注意</b>");
        _click(item);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("plan/tasks/1");
        assertThat(_get(H2.class, spec -> spec.withId("task-heading")).getText()).startsWith("任务 1：");
        assertThat(bellCount()).isEmpty();
        assertThat(runAs.user("leader", notifications::unreadCount)).isZero();
    }

    @Test
    void aBlankCommentIsRefusedWithItsMessage() {
        signIn("land");
        UI.getCurrent().navigate("plan/tasks/1");
        TextArea input = _get(taskThread(), TextArea.class, spec -> spec.withClasses("comment-input"));
        _setValue(input, "   ");
        _click(_get(taskThread(), Button.class, spec -> spec.withClasses("comment-post")));

        assertThat(input.isInvalid()).isTrue();
        assertThat(input.getErrorMessage()).isEqualTo("评论为空，请先写点内容再发表。");
        assertThat(_find(taskThread(), Div.class, spec -> spec.withClasses("comment"))).isEmpty();
    }

    @Test
    void aColleaguesCommentAppearsInTheOpenThreadAndTheMentionedUnitsBellCounts() {
        signIn("land");
        UI.getCurrent().navigate("plan/tasks/1");
        assertThat(bellCount()).isEmpty();

        runAs.user("edz", () -> comments.post("task", "1", "来自开发区的消息 @国土资源局"));

        untilShown(() -> taskThread().getElement().getTextRecursively().contains("来自开发区的消息"));
        untilShown(() -> bellCount().equals("1"));
        assertThat(_get(taskThread(), Span.class, spec -> spec.withClasses("comment-author")).getText()).isEqualTo("经济开发区的陈开发");
        // the colleague's comment has no remove button for this user
        assertThat(_find(taskThread(), Button.class, spec -> spec.withClasses("comment-delete"))).isEmpty();
    }

    @Test
    void aTargetsCommentsOpenFromItsRowAndTheirCountFollows() {
        signIn("land");
        UI.getCurrent().navigate("plan/tasks/1");
        Button button = _find(Button.class, spec -> spec.withClasses("comments-button")).get(0);
        String subject = button.getElement().getAttribute("data-subject");
        assertThat(subject).startsWith("target:");
        assertThat(button.getText()).isEqualTo("评论（0）");

        _click(button);
        CommentThread thread = _get(_get(Dialog.class, spec -> spec.withClasses("comments-dialog")), CommentThread.class);
        _setValue(_get(thread, TextArea.class, spec -> spec.withClasses("comment-input")), "这个指标按月填报吗？");
        _click(_get(thread, Button.class, spec -> spec.withClasses("comment-post")));
        assertThat(comments.thread("target", subject.substring("target:".length()))).hasSize(1);

        untilShown(() -> commentsButton(subject).getText().equals("评论（1）"));
        _click(_get(thread, Button.class, spec -> spec.withClasses("comment-delete")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        untilShown(() -> commentsButton(subject).getText().equals("评论（0）"));
    }
}
