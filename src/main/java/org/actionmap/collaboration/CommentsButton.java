package org.actionmap.collaboration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;
import java.util.function.Supplier;

/**
 * "Comments (2)": a small button that opens a subject's thread in a dialog, for places where a whole thread would be
 * in the way (a target's row, a feature's panel). Its count follows comments written anywhere. Made by
 * {@link CommentThreads#button}.
 */
public class CommentsButton extends Button {

    private final transient CommentService comments;
    private final String subjectKind;
    private final String subjectKey;

    CommentsButton(CommentService comments, LiveChanges live, String subjectKind, String subjectKey, String title,
                   Supplier<CommentThread> thread) {
        this.comments = comments;
        this.subjectKind = subjectKind;
        this.subjectKey = subjectKey;
        setIcon(VaadinIcon.COMMENTS_O.create());
        addClassName("comments-button");
        getElement().setAttribute("data-subject", CommentService.subjectCode(subjectKind, subjectKey));
        addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.addClassName("comments-dialog");
            dialog.setHeaderTitle(getTranslation("comment.dialog.title", title));
            dialog.setWidth("min(40em, 95vw)");
            dialog.add(thread.get());
            dialog.getFooter().add(new Button(getTranslation("comment.close"), close -> dialog.close()));
            dialog.open();
        });
        String code = CommentService.subjectCode(subjectKind, subjectKey);
        LiveRefresh.keep(this, live, e -> CommentService.KIND.equals(e.kind()) && code.equals(e.code()), events -> count());
        count();
    }

    private void count() {
        setText(getTranslation("comment.count", comments.counts(subjectKind, List.of(subjectKey)).getOrDefault(subjectKey, 0)));
    }
}
