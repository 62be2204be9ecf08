package org.actionmap.power.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.actionmap.common.UserMessageException;
import org.actionmap.power.PowerLineDetails;
import org.actionmap.power.PowerService;

import java.time.LocalDate;

/** Marks a line completed on a date (its length then counts toward the line targets), or clears the date. */
class LineCompletionDialog extends Dialog {

    LineCompletionDialog(PowerService power, PowerLineDetails line, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("power.line.complete.title", line.name(getLocale())));
        DatePicker date = new DatePicker(getTranslation("power.completed-on"));
        date.setLocale(getLocale());
        date.setMax(today);
        date.setValue(line.completedOn() == null ? today : line.completedOn());
        date.setClearButtonVisible(true);
        date.setHelperText(getTranslation("power.line.complete.help"));
        Paragraph error = new Paragraph();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(new VerticalLayout(date, error));
        Button save = new Button(getTranslation("parcel.form.save"), e -> {
            try {
                power.completeLine(line.id(), date.getValue());
                close();
                saved.run();
            } catch (UserMessageException ex) {
                error.setText(ex.translate(this::getTranslation));
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("parcel.form.cancel"), e -> close()), save);
    }
}
