package org.actionmap.power.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.actionmap.common.UserMessageException;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Marks a line or a rural distribution area completed on a date (it then counts toward its target), or clears the
 * date when the work is not completed after all. The service checks the date.
 */
class CompletionDialog extends Dialog {

    CompletionDialog(String title, LocalDate completedOn, LocalDate today, Consumer<LocalDate> complete, Runnable saved) {
        setHeaderTitle(title);
        DatePicker date = new DatePicker(getTranslation("power.completed-on"));
        date.setLocale(getLocale());
        date.setMax(today);
        date.setValue(completedOn == null ? today : completedOn);
        date.setClearButtonVisible(true);
        date.setHelperText(getTranslation("power.line.complete.help"));
        Paragraph error = new Paragraph();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(new VerticalLayout(date, error));
        Button save = new Button(getTranslation("parcel.form.save"), e -> {
            try {
                complete.accept(date.getValue());
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
