package org.actionmap.power.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import org.actionmap.power.PowerEditService;
import org.actionmap.power.PowerFeatureKind;
import org.actionmap.power.PowerLineDetails;
import org.actionmap.power.PowerLineDraft;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * A power line's form beside the map: the line drawn or edited on the map (snapping to substations and other lines),
 * voltage, new or renovation, status and completion date. The length shown while drawing is the browser's; the
 * stored one is PostGIS's geodesic length, computed at every save.
 */
class PowerLineForm extends PowerFeatureForm {

    private final PowerLineDetails existing;
    private final Select<Integer> voltage = new Select<>();
    private final Select<String> kind = new Select<>();
    private final Select<String> status = new Select<>();
    private final DatePicker completedOn = new DatePicker();

    PowerLineForm(PowerEditService edit, PowerLineDetails existing, String geometry, LocalDate today, Host host) {
        super(edit, existing == null ? null : new Existing(PowerFeatureKind.POWER_LINE, existing.id(), existing.version(),
                existing.nameZh(), existing.nameEn()), geometry, host);
        this.existing = existing;
        heading.setText(existing == null ? getTranslation("power.line.new")
                : getTranslation("power.line.edit", existing.name(getLocale())));
        voltage.setLabel(getTranslation("power.voltage"));
        voltage.setItems(List.of(10, 110, 500));
        voltage.setItemLabelGenerator(v -> v + " kV");
        voltage.setValue(10);
        kind.setLabel(getTranslation("power.kind"));
        kind.setItems("NEW", "RENOVATION");
        kind.setItemLabelGenerator(k -> getTranslation("power.line-kind." + k));
        kind.setValue("NEW");
        status.setLabel(getTranslation("power.status"));
        status.setId("power-form-status");
        status.setItems("PLANNED", "UNDER_CONSTRUCTION", "COMPLETED");
        status.setItemLabelGenerator(k -> getTranslation("power.line-status." + k));
        status.setValue("PLANNED");
        completedOn.setLabel(getTranslation("power.completed-on"));
        completedOn.setLocale(getLocale());
        completedOn.setMax(today);
        completedOn.setClearButtonVisible(true);
        // a completion date belongs to a completed line only
        status.addValueChangeListener(e -> {
            completedOn.setEnabled("COMPLETED".equals(e.getValue()));
            if (!"COMPLETED".equals(e.getValue())) {
                completedOn.clear();
            } else if (completedOn.isEmpty()) {
                completedOn.setValue(today);
            }
        });
        completedOn.setEnabled(false);
        fields.add(voltage, kind, status, completedOn);
        if (existing != null) {
            code.setValue(existing.code());
            nameZh.setValue(existing.nameZh());
            nameEn.setValue(existing.nameEn());
            voltage.setValue(existing.voltageKv());
            kind.setValue(existing.kind());
            status.setValue(existing.status());
            completedOn.setValue(existing.completedOn());
            notes.setValue(existing.notes() == null ? "" : existing.notes());
        }
        showMeasure(existing == null ? 0 : existing.lengthM());
    }

    @Override
    protected void showMeasure(double lengthM) {
        NumberFormat km = NumberFormat.getNumberInstance(getLocale());
        km.setMinimumFractionDigits(2);
        km.setMaximumFractionDigits(2);
        measure.setText(geometry == null ? getTranslation("power.form.draw-line")
                : getTranslation("power.form.length", km.format(lengthM / 1000)));
    }

    @Override
    protected String submit() {
        edit.saveLine(new PowerLineDraft(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                code.getValue(), nameZh.getValue(), nameEn.getValue(), voltage.getValue() == null ? 0 : voltage.getValue(),
                kind.getValue(), status.getValue(), completedOn.getValue(), notes.getValue(), geometry));
        return code.getValue().trim();
    }
}
