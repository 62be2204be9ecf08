package org.actionmap.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.actionmap.common.UserMessageException;

/** Shows a service's refusal in the user's language. */
final class Errors {

    private Errors() {
    }

    static void show(UserMessageException e) {
        Notification n = Notification.show(e.translate(UI.getCurrent()::getTranslation), 6000,
                Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void saved() {
        Notification.show(UI.getCurrent().getTranslation("admin.saved"), 2500, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
