package org.actionmap.shell;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one way the portal asks before deleting something: a title naming it, what deleting it means, Cancel and a red
 * Delete. Used by every form that deletes (parcels, power features, sites, comments).
 */
public final class DeleteConfirmation {

    private DeleteConfirmation() {
    }

    /** Opens the question; {@code delete} runs only when the user confirms. Texts are already translated. */
    public static ConfirmDialog open(String title, String text, String cancel, String confirmDelete, Runnable delete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(title);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(cancel);
        confirm.setConfirmText(confirmDelete);
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete.run());
        confirm.open();
        return confirm;
    }
}
