package org.actionmap.collaboration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Location;
import org.actionmap.security.OrgUnitInfo;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bell in the header: how many comments mention the signed-in user unread, and the list of them (who mentioned
 * them where, how long ago); a click marks one read and opens its subject. The count follows new comments live.
 */
public class NotificationBell extends Div {

    static final int SHOWN = 30;

    private final transient NotificationService notifications;
    private final transient CommentLinks links;
    private final transient Map<Long, OrgUnitInfo> units;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span badge = new Span();

    NotificationBell(NotificationService notifications, CommentLinks links, LiveChanges live, Map<Long, OrgUnitInfo> units) {
        this.notifications = notifications;
        this.links = links;
        this.units = units;
        setId("notification-bell");
        getStyle().set("position", "relative").set("display", "inline-flex");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.addClickListener(e -> open());
        badge.setId("notification-count");
        // styled here: the Lumo badge styles are not part of the committed frontend bundle
        badge.getStyle().set("position", "absolute").set("top", "-0.35em").set("right", "-0.7em").set("pointer-events", "none")
                .set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("border-radius", "1em").set("min-width", "1.2em").set("padding", "0 .3em").set("box-sizing", "border-box")
                .set("font-size", "var(--lumo-font-size-xxs)").set("line-height", "1.5em").set("text-align", "center")
                .set("font-weight", "600");
        add(bell, badge);
        // counted again for this user whenever a comment is written anywhere; the push runs outside any request, so
        // it runs as the user this bell was made for
        SecurityContext signedIn = SecurityContextHolder.getContext();
        LiveRefresh.keep(this, live, e -> CommentService.KIND.equals(e.kind()),
                events -> new DelegatingSecurityContextRunnable(this::count, signedIn).run());
        count();
    }

    private void count() {
        int unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = getTranslation("notification.bell", unread);
        bell.setAriaLabel(label);
        bell.setTooltipText(label);
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setId("notification-dialog");
        dialog.setHeaderTitle(getTranslation("notification.title"));
        dialog.setWidth("min(32em, 95vw)");
        List<NotificationInfo> shown = notifications.recent(SHOWN);
        if (shown.isEmpty()) {
            dialog.add(new Span(getTranslation("notification.none")));
        }
        Instant now = Instant.now();
        for (NotificationInfo n : shown) {
            dialog.add(item(n, now, dialog));
        }
        Button all = new Button(getTranslation("notification.mark-all-read"), e -> {
            notifications.markAllRead();
            count();
            dialog.close();
        });
        all.setId("notification-mark-all");
        all.setEnabled(shown.stream().anyMatch(n -> !n.read()));
        dialog.getFooter().add(all, new Button(getTranslation("comment.close"), e -> dialog.close()));
        dialog.open();
    }

    private Div item(NotificationInfo n, Instant now, Dialog dialog) {
        Span sentence = new Span(getTranslation("notification.mentioned", Who.of(this, getLocale(), n.authorName(), n.authorUnitId(), units),
                subject(n.subjectKind(), n.subjectKey())));
        sentence.getStyle().set("font-weight", n.read() ? "400" : "600");
        Span ago = new Span(" · " + RelativeTime.ago(this, Duration.between(n.createdAt(), now)));
        ago.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div excerpt = new Div(new Span(n.excerpt()));
        excerpt.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div item = new Div(sentence, ago, excerpt);
        item.addClassName("notification-item");
        item.getElement().setAttribute("data-read", String.valueOf(n.read()));
        item.getElement().setAttribute("role", "button");
        item.getElement().setAttribute("tabindex", "0");
        item.getStyle().set("cursor", "pointer").set("padding", "var(--lumo-space-xs) 0")
                .set("border-top", "1px solid var(--lumo-contrast-10pct)");
        Optional<String> link = links.subjectLink(n.subjectKind(), n.subjectKey());
        Runnable follow = () -> {
            notifications.markRead(n.id());
            count();
            dialog.close();
            link.map(Location::new).ifPresent(l -> UI.getCurrent().navigate(l.getPath(), l.getQueryParameters()));
        };
        item.addClickListener(e -> follow.run());
        // a button for the keyboard too
        item.getElement().addEventListener("keydown", e -> follow.run()).setFilter("event.key === 'Enter' || event.key === ' '");
        return item;
    }

    /** "task 3", "target T-03-1", "parcel DS-07": the kind in words where there are any, else as it is. */
    private String subject(String kind, String key) {
        String k = "comment.subject." + kind;
        String translated = getTranslation(k, key);
        return translated.startsWith("!") || translated.equals(k) ? kind + " " + key : translated;
    }
}
