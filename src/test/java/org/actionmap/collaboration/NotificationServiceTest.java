package org.actionmap.collaboration;

import org.actionmap.ActionMapTest;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.NotPermittedException;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notifications on PostGIS: the unread count, marking read, and each user seeing and marking only their own. */
@ActionMapTest
@Transactional
class NotificationServiceTest {

    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;
    @Autowired
    RunAs runAs;

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return runAs.user(user, work);
    }

    private void run(String user, Runnable work) {
        runAs.user(user, () -> { work.run(); return null; });
    }

    @BeforeEach
    void nothingUnreadYet() {
        run("leader", notifications::markAllRead);
        run("land", notifications::markAllRead);
    }

    @Test
    void aMentionCountsAsUnreadUntilItIsMarkedRead() {
        CommentInfo c = as("edz", () -> comments.post("task", "901", "@leader 第三季度的数字？"));
        as("edz", () -> comments.post("target", "T-X", "@leader 还有这个"));

        assertThat(as("leader", notifications::unreadCount)).isEqualTo(2);
        List<NotificationInfo> recent = as("leader", () -> notifications.recent(10));
        NotificationInfo first = recent.stream().filter(n -> n.commentId() == c.id()).findFirst().orElseThrow();
        assertThat(first.subjectKind()).isEqualTo("task");
        assertThat(first.subjectKey()).isEqualTo("901");
        assertThat(first.authorName()).isEqualTo("陈开发");
        assertThat(first.excerpt()).isEqualTo("@leader 第三季度的数字？");
        assertThat(first.read()).isFalse();
        assertThat(recent.get(0).subjectKind()).as("newest first").isEqualTo("target");

        run("leader", () -> notifications.markRead(first.id()));
        assertThat(as("leader", notifications::unreadCount)).isEqualTo(1);
        assertThat(as("leader", () -> notifications.recent(10))).filteredOn(n -> n.id() == first.id())
                .extracting(NotificationInfo::read).containsExactly(true);

        run("leader", notifications::markAllRead);
        assertThat(as("leader", notifications::unreadCount)).isZero();
    }

    @Test
    void aLongCommentIsShownByItsStart() {
        as("edz", () -> comments.post("task", "901", "@leader " + "很长".repeat(100)));
        String excerpt = as("leader", () -> notifications.recent(1)).get(0).excerpt();
        assertThat(excerpt).hasSize(NotificationService.EXCERPT_LENGTH).endsWith("…");
    }

    @Test
    void everyoneSeesAndMarksOnlyTheirOwnNotifications() {
        as("edz", () -> comments.post("task", "901", "@land 只给国土"));
        NotificationInfo lands = as("land", () -> notifications.recent(1)).get(0);

        assertThat(as("leader", notifications::unreadCount)).isZero();
        assertThat(as("leader", () -> notifications.recent(50))).noneMatch(n -> n.id() == lands.id());
        assertThatThrownBy(() -> run("leader", () -> notifications.markRead(lands.id())))
                .isInstanceOfSatisfying(UserMessageException.class, e -> assertThat(e.messageKey()).isEqualTo("notification.error.gone"));
        run("leader", notifications::markAllRead);
        assertThat(as("land", notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void aRemovedCommentNoLongerCounts() {
        CommentInfo c = as("edz", () -> comments.post("task", "901", "@leader 马上删"));
        assertThat(as("leader", notifications::unreadCount)).isEqualTo(1);

        run("edz", () -> comments.delete(c.id()));
        assertThat(as("leader", notifications::unreadCount)).isZero();
        assertThat(as("leader", () -> notifications.recent(50))).noneMatch(n -> n.commentId() == c.id());
    }

    @Test
    void nobodySignedInHasNotifications() {
        assertThatThrownBy(notifications::unreadCount).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(notifications::markAllRead).isInstanceOf(NotPermittedException.class);
    }
}
