package org.actionmap.plan.ui;

import org.actionmap.collaboration.EditLocks;
import org.actionmap.collaboration.EditSession;
import org.actionmap.collaboration.LiveChanges;
import org.actionmap.collaboration.LockHeldException;
import org.actionmap.collaboration.LockNotice;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.SignedInUser;
import java.util.Map;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.EntryUnit;
import org.actionmap.plan.ProgressEntryInfo;
import org.actionmap.plan.ProgressService;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.plan.TargetInfo;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Reports a target's figure for a month. Says what kind of figure is expected (the month alone, the running
 * total, or the current rate) and shows an existing entry, so that a correction is made knowingly.
 */
class ProgressDialog extends Dialog {

    private final transient ProgressService progress;
    private final TargetInfo target;
    private final int year;
    private final Select<Integer> month = new Select<>();
    private final BigDecimalField value = new BigDecimalField();
    private final TextArea note = new TextArea();
    private final Span existing = new Span();
    private final Paragraph error = new Paragraph();
    private final EntryUnit entryUnit;

    ProgressDialog(ProgressService progress, TargetInfo target, int year, int openMonth, int dueMonth, Runnable onSaved,
                   Collaborators collaborators) {
        this.progress = progress;
        this.target = target;
        this.year = year;
        this.entryUnit = EntryUnit.of(target, getLocale());
        setHeaderTitle(getTranslation("progress.dialog.title", target.name(getLocale())));
        setWidth("min(32em, 95vw)");

        Paragraph aim = new Paragraph(getTranslation("progress.dialog.aim", TargetRow.aimText(target, getLocale())));
        aim.getStyle().set("margin-top", "0");

        List<Integer> months = IntStream.rangeClosed(1, Math.max(openMonth, 0)).boxed().toList();
        month.setId("progress-month");
        month.setLabel(getTranslation("progress.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> QuantityFormat.month(year, m, getLocale()));
        if (!months.isEmpty()) {
            month.setValue(Math.max(1, Math.min(dueMonth == 0 ? 1 : dueMonth, openMonth)));
        }
        month.addValueChangeListener(e -> showExisting());

        value.setId("progress-value");
        value.setLabel(getTranslation("progress.value", entryUnit.labelKey() == null
                ? target.unit(getLocale()) : getTranslation(entryUnit.labelKey())));
        value.setHelperText(getTranslation("progress.hint." + target.accumulation().name()));
        value.setWidthFull();
        value.setRequiredIndicatorVisible(true);

        note.setId("progress-note");
        note.setLabel(getTranslation("progress.note"));
        note.setMaxLength(2000);
        note.setWidthFull();

        existing.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("progress-error");
        error.setVisible(false);

        VerticalLayout body = new VerticalLayout(aim, month, value, existing, note, error);
        Button save = new Button(getTranslation("action.save"), e -> save(onSaved));
        takeLock(collaborators, body, save);
        body.setPadding(false);
        body.setSpacing(false);
        add(body);

        save.setId("progress-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (months.isEmpty()) {
            save.setEnabled(false);
            existing.setText(getTranslation("progress.year-not-started"));
        } else {
            showExisting();
        }
    }

    /** What the dialog needs to hold its report's edit lock while open. */
    record Collaborators(EditLocks locks, LiveChanges live, Map<Long, OrgUnitInfo> units, SignedInUser me) {
    }

    /**
     * Holds the lock of this unit's report on the target while the dialog is open, so that two colleagues of the unit
     * do not report the same figure at once; while one does, the other reads who, and may ask to take over.
     */
    private void takeLock(Collaborators c, VerticalLayout body, Button save) {
        // one lock per target and reporting unit: the towns reporting their shares of one target do not wait on each other
        long key = target.id() * 100_000 + (c.me().unitId() == null ? 0 : c.me().unitId());
        try {
            EditSession.start(c.locks(), c.live(), this, LOCK_KIND, key, target.code(), this::close,
                    () -> Notification.show(getTranslation("lock.lost"), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_WARNING));
        } catch (LockHeldException held) {
            save.setEnabled(false);
            body.addComponentAtIndex(0, new LockNotice(c.locks(), c.live(), held.lock(), c.units(), c.me().username(), () -> {
                close();
                Notification.show(getTranslation("progress.lock-free"), 4000, Notification.Position.BOTTOM_START);
            }));
        }
    }

    static final String LOCK_KIND = "progress";

    private void showExisting() {
        Integer m = month.getValue();
        if (m == null) {
            return;
        }
        progress.ownEntry(target.id(), m).ifPresentOrElse(e -> {
                    existing.setText(getTranslation("progress.existing", QuantityFormat.format(e.value(), target, getLocale()), e.authorName()));
                    value.setValue(entryUnit.toTyped(e.value()));
                }, () -> {
                    existing.setText("");
                    value.clear();
                });
    }

    private void save(Runnable onSaved) {
        if (value.isEmpty() && !value.isInvalid()) {
            showError(getTranslation("error.progress.value-required"));
            return;
        }
        if (value.isInvalid()) {
            // the field could not read the text as a number: the server would only see an empty value
            showError(getTranslation("error.progress.value-not-a-number"));
            return;
        }
        try {
            ProgressEntryInfo saved = progress.report(target.id(), month.getValue() == null ? 0 : month.getValue(),
                    entryUnit.toStored(value.getValue()), note.getValue());
            close();
            Notification.show(getTranslation("progress.saved", QuantityFormat.format(saved.value(), target, getLocale()),
                            QuantityFormat.month(year, saved.month(), getLocale())), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.run();
        } catch (UserMessageException e) {
            showError(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
