package org.actionmap.power.ui;

import org.actionmap.shell.DeleteConfirmation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.common.UserMessageException;
import org.actionmap.power.PowerEditService;
import org.actionmap.power.PowerFeatureKind;
import org.actionmap.power.StalePowerFeatureException;
import org.actionmap.collaboration.ConflictDialog;

import java.util.List;

/**
 * What the substation and line forms beside the map share: code, names in both languages, notes, the geometry the
 * map last reported, a line for the refusal and the save, cancel and delete buttons. The service decides; the form
 * shows its refusal and keeps what the user typed.
 */
abstract class PowerFeatureForm extends VerticalLayout {

    /** What the form tells the page around it. */
    interface Host {
        void saved(String code);

        void deleted(String code);

        void closed();
    }

    protected final TextField code = new TextField();
    protected final TextField nameZh = new TextField();
    protected final TextField nameEn = new TextField();
    protected final TextArea notes = new TextArea();
    protected final FormLayout fields = new FormLayout();
    protected final Paragraph measure = new Paragraph();
    protected final H4 heading = new H4();
    private final Paragraph error = new Paragraph();
    protected final Host host;
    /** GeoJSON of the shape as the map last reported it; null until something is drawn. */
    protected String geometry;

    /** The feature being changed, null for a new one: what delete removes and its confirmation names. */
    record Existing(PowerFeatureKind kind, long id, int version, String nameZh, String nameEn) {
    }

    protected final transient PowerEditService edit;
    private final Existing existing;
    /** The version this form's change starts from: the one opened, or the newer one the user applied it on top of. */
    protected int baseVersion;

    PowerFeatureForm(PowerEditService edit, Existing existing, String geometry, Host host) {
        this.edit = edit;
        this.existing = existing;
        this.baseVersion = existing == null ? 0 : existing.version();
        this.geometry = geometry;
        this.host = host;
        setPadding(false);
        heading.getStyle().set("margin", "0");
        code.setLabel(getTranslation("parcel.code"));
        code.setId("power-form-code");
        code.setMaxLength(40);
        code.setRequiredIndicatorVisible(true);
        nameZh.setLabel(getTranslation("power.form.name-zh"));
        nameZh.setId("power-form-name-zh");
        nameZh.setMaxLength(200);
        nameEn.setLabel(getTranslation("power.form.name-en"));
        nameEn.setId("power-form-name-en");
        nameEn.setMaxLength(200);
        notes.setLabel(getTranslation("parcel.notes"));
        notes.setMaxLength(2000);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        fields.add(code, nameZh, nameEn);
        measure.setId("power-form-measure");
        measure.getStyle().set("margin", "0").set("font-weight", "600");
        error.setId("power-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
        error.setVisible(false);

        Button save = new Button(getTranslation("parcel.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setId("power-form-save");
        Button cancel = new Button(getTranslation("parcel.form.cancel"), e -> host.closed());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        if (existing != null) {
            Button delete = new Button(getTranslation("parcel.form.delete"), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.setId("power-form-delete");
            buttons.add(delete);
        }
        Paragraph hint = new Paragraph(getTranslation(existing != null ? "power.form.hint-edit" : "power.form.hint-draw"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(heading, hint, measure, fields, notes, error, buttons);
    }

    /** The map reported a finished change of the shape. */
    void geometryChanged(String geoJson, double lengthM) {
        geometry = geoJson;
        clearError();
        showMeasure(lengthM);
    }

    /** What the form shows of the shape's size: a line's length; nothing for a point. */
    protected abstract void showMeasure(double lengthM);

    /** Sends the draft (from {@link #baseVersion}) to the service; returns the saved feature's code. */
    protected abstract String submit();

    /** The newer version a colleague saved, beside this form's change. */
    record Theirs(int version, List<ConflictDialog.Row> rows, String geometry) {
    }

    /** The feature as saved now, compared field by field with the form. */
    protected abstract Theirs theirs();


    private void save() {
        try {
            host.saved(submit());
        } catch (StalePowerFeatureException e) {
            showConflict(String.valueOf(e.args()[0]));
        } catch (UserMessageException e) {
            showError(e);
        }
    }

    /** Both versions side by side: the form's change applied on top of the newer version (checked again), or dropped. */
    private void showConflict(String by) {
        Theirs theirs = theirs();
        new ConflictDialog(code.getValue(), by, theirs.rows(), geometry, theirs.geometry(), () -> {
            baseVersion = theirs.version();
            save();
        }, host::closed).open();
    }

    private void confirmDelete() {
        DeleteConfirmation.open(getTranslation("power.delete.title",
                        "zh".equals(getLocale().getLanguage()) ? existing.nameZh() : existing.nameEn()),
                getTranslation("power.delete.text"), getTranslation("parcel.form.cancel"),
                getTranslation("parcel.form.delete"), () -> {
                    try {
                        edit.delete(existing.kind(), existing.id(), existing.version());
                        host.deleted(code.getValue());
                    } catch (UserMessageException ex) {
                        showError(ex);
                    }
                });
    }

    protected void showError(UserMessageException e) {
        error.setText(e.translate(this::getTranslation));
        error.setVisible(true);
    }

    protected void clearError() {
        error.setVisible(false);
    }
}
