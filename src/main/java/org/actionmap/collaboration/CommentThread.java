package org.actionmap.collaboration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.OrgUnitInfo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * The comments on one subject, oldest first, with a box to write one. A comment's text is shown as text, never as
 * HTML, its line breaks kept and its mentions highlighted; the author may remove their own. Comments written
 * elsewhere appear while the thread is open. Made by {@link CommentThreads#thread}.
 */
public class CommentThread extends VerticalLayout {

    private final transient CommentService comments;
    private final transient Map<Long, OrgUnitInfo> units;
    private final String viewer;
    private final String subjectKind;
    private final String subjectKey;
    private final Div list = new Div();
    private final TextArea text = new TextArea();

    CommentThread(CommentService comments, LiveChanges live, Map<Long, OrgUnitInfo> units, String viewer,
                  String subjectKind, String subjectKey) {
        this.comments = comments;
        this.units = units;
        this.viewer = viewer;
        this.subjectKind = subjectKind;
        this.subjectKey = subjectKey;
        addClassName("comment-thread");
        getElement().setAttribute("data-subject", CommentService.subjectCode(subjectKind, subjectKey));
        setPadding(false);
        setSpacing(false);
        list.addClassName("comment-list");
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(list);
        if (viewer != null) {
            add(form());
        }
        String code = CommentService.subjectCode(subjectKind, subjectKey);
        LiveRefresh.keep(this, live, e -> CommentService.KIND.equals(e.kind()) && code.equals(e.code()), events -> refresh());
        refresh();
    }

    private VerticalLayout form() {
        text.addClassName("comment-input");
        text.setWidthFull();
        text.setMaxLength(CommentService.MAX_LENGTH);
        text.setPlaceholder(getTranslation("comment.placeholder"));
        text.setHelperText(getTranslation("comment.help"));
        text.setMinRows(2);
        Button post = new Button(getTranslation("comment.post"), VaadinIcon.COMMENT_O.create(), e -> post());
        post.addClassName("comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        VerticalLayout form = new VerticalLayout(text, post);
        form.setPadding(false);
        form.setSpacing(false);
        return form;
    }

    private void post() {
        try {
            comments.post(subjectKind, subjectKey, text.getValue());
            text.clear();
            text.setInvalid(false);
            refresh();
        } catch (UserMessageException refused) {
            text.setErrorMessage(refused.translate(this::getTranslation));
            text.setInvalid(true);
        }
    }

    /** Reads the thread again, and the times relative to now. */
    public void refresh() {
        list.removeAll();
        List<CommentInfo> thread = comments.thread(subjectKind, subjectKey);
        if (thread.isEmpty()) {
            Span none = new Span(getTranslation("comment.none"));
            none.addClassName("comment-none");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            list.add(none);
        }
        Instant now = Instant.now();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (CommentInfo c : thread) {
            list.add(comment(c, now, time));
        }
    }

    private Div comment(CommentInfo c, Instant now, DateTimeFormatter time) {
        Div row = new Div();
        row.addClassName("comment");
        row.getElement().setAttribute("data-comment", String.valueOf(c.id()));
        row.getStyle().set("border-left", "3px solid var(--lumo-contrast-10pct)").set("padding-left", "var(--lumo-space-s)");
        Span author = new Span(Who.of(this, getLocale(), c.authorName(), c.authorUnitId(), units));
        author.addClassName("comment-author");
        author.getStyle().set("font-weight", "600");
        Span when = new Span(" · " + RelativeTime.ago(this, Duration.between(c.createdAt(), now)));
        when.getElement().setAttribute("title", time.format(c.createdAt()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div head = new Div(author, when);
        if (c.author().equals(viewer)) {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(c));
            delete.addClassName("comment-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("comment.delete"));
            delete.setTooltipText(getTranslation("comment.delete"));
            delete.getStyle().set("margin-left", "var(--lumo-space-s)");
            head.add(delete);
        }
        row.add(head, body(c));
        return row;
    }

    /** The text as text nodes (never parsed as HTML), line breaks kept by the style, mentions as highlighted spans. */
    private Div body(CommentInfo c) {
        Div body = new Div();
        body.addClassName("comment-text");
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        String t = c.text();
        int at = 0;
        for (Mention m : c.mentions()) {
            if (m.start() < at || m.end() > t.length()) {
                continue;
            }
            if (m.start() > at) {
                body.add(new Span(t.substring(at, m.start())));
            }
            Span mention = new Span(t.substring(m.start(), m.end()));
            mention.addClassName("comment-mention");
            mention.getStyle().set("color", "var(--lumo-primary-text-color)").set("background", "var(--lumo-primary-color-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-s)");
            body.add(mention);
            at = m.end();
        }
        if (at < t.length()) {
            body.add(new Span(t.substring(at)));
        }
        return body;
    }

    private void confirmDelete(CommentInfo c) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("comment.delete.title"));
        confirm.setText(getTranslation("comment.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("comment.cancel"));
        confirm.setConfirmText(getTranslation("comment.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                comments.delete(c.id());
            } catch (UserMessageException refused) {
                Notification.show(refused.translate(this::getTranslation), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        confirm.open();
    }
}
