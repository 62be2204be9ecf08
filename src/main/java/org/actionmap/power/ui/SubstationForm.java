package org.actionmap.power.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.actionmap.power.Milestone;
import org.actionmap.power.PowerEditService;
import org.actionmap.power.PowerFeatureKind;
import org.actionmap.power.SubstationDetails;
import org.actionmap.power.SubstationDraft;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A substation's form beside the map: a point placed or dragged on the map, voltage, new or expansion, capacity and
 * the schedule (each milestone's planned date). Milestones reached are recorded in their own dialog, with a photo.
 */
class SubstationForm extends PowerFeatureForm {

    private final SubstationDetails existing;
    private final Select<Integer> voltage = new Select<>();
    private final Select<String> kind = new Select<>();
    private final BigDecimalField capacity = new BigDecimalField();
    private final Map<Milestone, DatePicker> planned = new EnumMap<>(Milestone.class);

    SubstationForm(PowerEditService edit, SubstationDetails existing, String geometry, Host host) {
        super(edit, existing == null ? null : new Existing(PowerFeatureKind.SUBSTATION, existing.id(), existing.version(),
                existing.nameZh(), existing.nameEn()), geometry, host);
        this.existing = existing;
        heading.setText(existing == null
                ? getTranslation("power.substation.new") : getTranslation("power.substation.edit", existing.name(getLocale())));
        voltage.setLabel(getTranslation("power.voltage"));
        voltage.setItems(List.of(110, 220, 500));
        voltage.setItemLabelGenerator(v -> v + " kV");
        voltage.setValue(110);
        kind.setLabel(getTranslation("power.kind"));
        kind.setItems("NEW", "EXPANSION");
        kind.setItemLabelGenerator(k -> getTranslation("power.kind." + k));
        kind.setValue("NEW");
        capacity.setLabel(getTranslation("power.capacity-mva"));
        fields.add(voltage, kind, capacity, new H5(getTranslation("power.form.schedule")));
        for (Milestone m : Milestone.values()) {
            DatePicker date = new DatePicker(getTranslation("power.milestone." + m.name()));
            date.setLocale(getLocale());
            date.setClearButtonVisible(true);
            planned.put(m, date);
            fields.add(date);
        }
        if (existing != null) {
            code.setValue(existing.code());
            nameZh.setValue(existing.nameZh());
            nameEn.setValue(existing.nameEn());
            voltage.setValue(existing.voltageKv());
            kind.setValue(existing.kind());
            capacity.setValue(existing.capacityMva());
            notes.setValue(existing.notes() == null ? "" : existing.notes());
            existing.milestones().forEach((m, d) -> planned.get(m).setValue(d.planned()));
        }
        showMeasure(0);
    }

    @Override
    protected void showMeasure(double lengthM) {
        measure.setText(geometry == null ? getTranslation("power.form.place-point") : getTranslation("power.form.point-placed"));
    }

    @Override
    protected String submit() {
        Map<Milestone, LocalDate> schedule = new EnumMap<>(Milestone.class);
        planned.forEach((m, picker) -> {
            if (picker.getValue() != null) {
                schedule.put(m, picker.getValue());
            }
        });
        edit.saveSubstation(new SubstationDraft(existing == null ? null : existing.id(),
                existing == null ? 0 : existing.version(), code.getValue(), nameZh.getValue(), nameEn.getValue(),
                voltage.getValue() == null ? 0 : voltage.getValue(), kind.getValue(), capacity.getValue(),
                notes.getValue(), geometry, schedule));
        return code.getValue().trim();
    }
}
