package org.actionmap.power.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.actionmap.common.UserMessageException;
import org.actionmap.power.Milestone;
import org.actionmap.power.MilestonePhoto;
import org.actionmap.power.PowerService;
import org.actionmap.power.SubstationDetails;
import org.actionmap.shell.UploadTexts;

import java.time.LocalDate;

/**
 * Records that a substation reached a milestone: which, when, a note and optionally a photo of the site. The next
 * milestone is proposed. The photo is checked when it arrives, so a wrong file is refused before the save.
 */
class MilestoneDialog extends Dialog {

    private MilestonePhoto photo;

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

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                photo = MilestonePhoto.of(metadata.fileName(), bytes);
                error.setVisible(false);
            } catch (UserMessageException ex) {
                photo = null;
                error.setText(ex.translate(this::getTranslation));
                error.setVisible(true);
            }
        }))));
        upload.setId("milestone-photo");
        upload.setI18n(UploadTexts.of(this));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MilestonePhoto.MAX_BYTES);
        upload.addFileRemovedListener(e -> photo = null);
        upload.addFileRejectedListener(e -> {
            photo = null;
            error.setText(getTranslation("power.photo.error.too-large", MilestonePhoto.MAX_BYTES / (1024 * 1024)));
            error.setVisible(true);
        });
        Paragraph photoLabel = new Paragraph(getTranslation("power.photo"));
        photoLabel.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");

        add(new VerticalLayout(milestone, date, note, photoLabel, upload, error));
        Button save = new Button(getTranslation("parcel.form.save"), e -> {
            try {
                power.recordMilestone(substation.id(), milestone.getValue(), date.getValue(), note.getValue(), photo);
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

    /** For tests: a photo as if it had arrived through the upload. */
    void receivePhoto(String fileName, byte[] bytes) {
        photo = MilestonePhoto.of(fileName, bytes);
    }
}
