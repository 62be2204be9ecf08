package org.actionmap.admin.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.actionmap.common.UserMessageException;

/** A refusal shown inside the dialog that caused it, replacing the previous one, so that nothing covers the form. */
class DialogError extends Paragraph {

    DialogError() {
        setId("dialog-error");
        getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
        setVisible(false);
    }

    void show(UserMessageException e) {
        setText(getTranslation(e.messageKey(), e.args()));
        setVisible(true);
    }
}
