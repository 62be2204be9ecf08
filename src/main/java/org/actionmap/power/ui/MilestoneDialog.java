package org.actionmap.power.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.actionmap.common.UserMessageException;
import org.actionmap.power.Milestone;
import org.actionmap.power.PowerService;
import org.actionmap.power.SubstationDetails;

import java.time.LocalDate;

/** Records that a substation reached a milestone: which, when, and a note. The next one is proposed. */
class MilestoneDialog extends Dialog {

    MilestoneDialog(PowerService power, SubstationDetails substation, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("power.record.title", substation.name(getLocale())));
        setId("milestone-dialog");
        Select<Milestone> milestone = new Select<>();
        milestone.setLabel(getTranslation("power.milestone"));
        milestone.setItems(Milestone.values());
        milestone.setItemLabelGenerator(m -> getTranslation("power.milestone." + m.name()));
        milestone.setValue(substation.next() == null ? Milestone.IN_OPERATION : substation.next());
        milestone.setId("milestone-select");
        DatePicker date = new DatePicker(getTranslation("power.actual-date"));
        date.setLocale(getLocale());
        date.setMax(today);
        date.setValue(today);
        date.setId("milestone-date");
        TextArea note = new TextArea(getTranslation("power.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        Paragraph error = new Paragraph();
        error.setId("milestone-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(new VerticalLayout(milestone, date, note, error));
        Button save = new Button(getTranslation("parcel.form.save"), e -> {
            try {
                power.recordMilestone(substation.id(), milestone.getValue(), date.getValue(), note.getValue());
                close();
                saved.run();
            } catch (UserMessageException ex) {
                error.setText(ex.translate(this::getTranslation));
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("milestone-save");
        getFooter().add(new Button(getTranslation("parcel.form.cancel"), e -> close()), save);
    }
}
