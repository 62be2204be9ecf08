package org.actionmap.land.ui;

import org.actionmap.shell.DeleteConfirmation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.collaboration.ConflictDialog;
import org.actionmap.common.UserMessageException;
import org.actionmap.land.*;
import org.actionmap.plan.PlanViews.TaskRef;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.*;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A parcel's form beside the map, for a new parcel or a change: code, name, land use, purpose, status with the date of
 * each step, linked tasks and notes. The shape is drawn or edited on the map; every change of it is checked by the
 * server at once and its problems are shown here and on the map. Saving checks everything again, on the server.
 */
class ParcelForm extends VerticalLayout {

    /** What the form asks of the map it sits beside. */
    interface MapSide {
        void showProblems(List<GeometryProblem> problems);

        void replaceGeometry(String geoJson);

        void saved(ParcelDetails parcel);

        void deleted(ParcelDetails parcel);

        void closed(ParcelDetails parcel);
    }

    private final transient ParcelEditService edit;
    private final transient MapSide mapSide;
    private final ParcelDetails existing;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<String> landUse = new Select<>();
    private final RadioButtonGroup<ParcelPurpose> purpose = new RadioButtonGroup<>();
    private final Select<ParcelStatus> status = new Select<>();
    private final Map<ParcelStatus, DatePicker> stepDates = new EnumMap<>(ParcelStatus.class);
    private final Div steps = new Div();
    private final MultiSelectComboBox<TaskRef> tasks = new MultiSelectComboBox<>();
    private final List<TaskRef> taskChoices;
    private final TextArea notes = new TextArea();
    private final Span area = new Span();
    private final Div problems = new Div();
    private final Paragraph error = new Paragraph();
    private String geometry;

    ParcelForm(ParcelDetails existing, String geometry, List<TaskRef> taskChoices, ParcelEditService edit, MapSide mapSide) {
        this.taskChoices = List.copyOf(taskChoices);
        this.existing = existing;
        this.geometry = geometry;
        this.edit = edit;
        this.mapSide = mapSide;
        setPadding(false);
        setSpacing(false);
        setId("parcel-form");

        H3 title = new H3(existing == null ? getTranslation("parcel.form.new") : getTranslation("parcel.form.edit", existing.code()));
        title.getStyle().set("margin", "0 0 .3em 0");
        Paragraph hint = new Paragraph(getTranslation(existing == null ? "parcel.form.draw-hint" : "parcel.form.edit-hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        area.setId("parcel-form-area");
        area.getStyle().set("font-weight", "600");
        problems.setId("parcel-form-problems");
        error.setId("parcel-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", ".3em 0");
        error.setVisible(false);

        code.setLabel(getTranslation("parcel.code"));
        code.setId("parcel-code");
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(40);
        name.setLabel(getTranslation("parcel.name"));
        name.setId("parcel-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        landUse.setLabel(getTranslation("parcel.land-use"));
        landUse.setItems(LandUses.ALL);
        landUse.setItemLabelGenerator(u -> getTranslation("parcel.land-use." + u));
        purpose.setLabel(getTranslation("parcel.purpose"));
        purpose.setItems(ParcelPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("parcel.purpose." + p.name()));
        purpose.setId("parcel-purpose");
        status.setLabel(getTranslation("parcel.status"));
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("parcel.status." + s.name()));
        status.setId("parcel-status");
        for (ParcelStatus s : ParcelStatus.values()) {
            DatePicker date = new DatePicker(getTranslation("parcel.form.step-date", getTranslation("parcel.status." + s.name())));
            date.setLocale(getLocale());
            date.setId("step-" + s.name());
            date.setWidthFull();
            stepDates.put(s, date);
        }
        tasks.setLabel(getTranslation("parcel.tasks"));
        tasks.setItems(taskChoices);
        tasks.setItemLabelGenerator(t -> t.label(getLocale()));
        tasks.setId("parcel-tasks");
        notes.setLabel(getTranslation("parcel.notes"));
        notes.setMaxLength(2000);
        code.setWidthFull();
        name.setWidthFull();
        tasks.setWidthFull();
        notes.setWidthFull();
        landUse.setWidthFull();
        status.setWidthFull();

        purpose.addValueChangeListener(e -> {
            ParcelStatus previous = status.getValue();
            List<ParcelStatus> workflow = e.getValue() == ParcelPurpose.IDLE_LAND ? ParcelStatus.IDLE_LAND : ParcelStatus.NEW_LAND;
            status.setItems(workflow);
            status.setValue(previous != null && workflow.contains(previous) ? previous : workflow.get(0));
            showSteps();
        });
        status.addValueChangeListener(e -> showSteps());

        if (existing != null) {
            code.setValue(existing.code());
            name.setValue(existing.name());
            landUse.setValue(LandUses.ALL.contains(existing.landUse()) ? existing.landUse() : "other");
            purpose.setValue(existing.purpose());
            status.setValue(existing.status());
            existing.steps().forEach((s, d) -> stepDates.get(s).setValue(d));
            tasks.setValue(taskChoices.stream().filter(t -> existing.taskIds().contains(t.id())).collect(Collectors.toSet()));
            notes.setValue(existing.notes() == null ? "" : existing.notes());
            showArea(existing.areaM2());
        } else {
            landUse.setValue("industrial");
            purpose.setValue(ParcelPurpose.NEW_INDUSTRIAL);
            area.setText(getTranslation("parcel.form.no-shape"));
        }

        Button save = new Button(getTranslation("parcel.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("parcel-save");
        Button cancel = new Button(getTranslation("parcel.form.cancel"), e -> mapSide.closed(existing));
        cancel.setId("parcel-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        if (existing != null) {
            Button delete = new Button(getTranslation("parcel.form.delete"), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("parcel-delete");
            buttons.add(delete);
        }
        buttons.getStyle().set("flex-wrap", "wrap").set("margin-top", ".5em");
        add(title, hint, area, problems, code, name, landUse, purpose, status, steps, tasks, notes, error, buttons);
    }

    /** A new or changed shape from the map: its area at once, its problems from the server. */
    void geometryChanged(String geoJson, double areaM2) {
        this.geometry = geoJson;
        error.setVisible(false); // a refusal of the earlier shape no longer applies
        showArea(areaM2);
        List<GeometryProblem> found = edit.checkGeometry(geoJson, existing == null ? null : existing.id());
        showProblems(found);
        mapSide.showProblems(found);
    }

    private void showArea(double areaM2) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        area.setText(getTranslation("parcel.area") + ": " + getTranslation("parcel.area-value",
                number.format(areaM2 / ParcelDetails.SQUARE_METRES_PER_MU), number.format(areaM2 / 10000)));
    }

    private void showSteps() {
        steps.removeAll();
        ParcelStatus current = status.getValue();
        if (current == null) {
            return;
        }
        List<ParcelStatus> workflow = current.workflow();
        for (ParcelStatus s : workflow.subList(0, workflow.indexOf(current) + 1)) {
            if (s != ParcelStatus.PLANNED) {
                steps.add(stepDates.get(s));
            }
        }
    }

    private void showProblems(List<GeometryProblem> found) {
        problems.removeAll();
        for (GeometryProblem problem : found) {
            Paragraph text = new Paragraph(problem.message().translate(this::getTranslation));
            text.addClassName("geometry-problem");
            text.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", ".2em 0");
            problems.add(text);
            if (problem.repaired() != null) {
                Button repair = new Button(getTranslation("parcel.form.repair"), e -> {
                    mapSide.replaceGeometry(problem.repaired());
                    geometryChanged(problem.repaired(), edit.area(problem.repaired()));
                });
                repair.setId("parcel-repair");
                repair.addThemeVariants(ButtonVariant.LUMO_SMALL);
                problems.add(repair);
            }
        }
    }

    private void save() {
        ParcelStatus current = status.getValue();
        if (existing != null && current != null && existing.purpose() == purpose.getValue()
                && current.workflow().indexOf(current) < existing.status().workflow().indexOf(existing.status())) {
            // going back along the workflow drops the dates of the later steps, and the parcel leaves their figures
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("parcel.back.title", getTranslation("parcel.status." + current.name())));
            confirm.setText(getTranslation("parcel.back.text", getTranslation("parcel.status." + existing.status().name())));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("parcel.form.cancel"));
            confirm.setConfirmText(getTranslation("parcel.form.save"));
            confirm.addConfirmListener(e -> saveNow());
            confirm.open();
            return;
        }
        saveNow();
    }

    private void saveNow() {
        error.setVisible(false);
        Map<ParcelStatus, LocalDate> dates = new EnumMap<>(ParcelStatus.class);
        ParcelStatus current = status.getValue();
        if (current != null) {
            // only the steps shown count: a date left in a step the status no longer reaches is not sent
            List<ParcelStatus> workflow = current.workflow();
            workflow.subList(0, workflow.indexOf(current) + 1).forEach(s -> {
                if (stepDates.get(s).getValue() != null) {
                    dates.put(s, stepDates.get(s).getValue());
                }
            });
        }
        ParcelDraft draft = new ParcelDraft(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                code.getValue(), name.getValue(), landUse.getValue(), purpose.getValue(), current, dates,
                tasks.getValue().stream().map(TaskRef::id).collect(Collectors.toSet()), notes.getValue(), geometry);
        try {
            ParcelDetails saved = edit.save(draft);
            showProblems(List.of());
            mapSide.saved(saved);
        } catch (ParcelRefusedException e) {
            showProblems(e.problems());
            mapSide.showProblems(e.problems());
            showError(e);
        } catch (StaleParcelException e) {
            showConflict(draft, e.current());
        } catch (UserMessageException e) {
            showError(e);
        }
    }

    /**
     * A colleague saved the parcel after this form opened: both versions side by side; the user's change can be
     * applied on top of the newer version (checked again) or dropped for it.
     */
    private void showConflict(ParcelDraft mine, ParcelDetails theirs) {
        java.util.function.Function<ParcelStatus, String> statusName = st -> st == null ? null
                : getTranslation("parcel.status." + st.name());
        java.util.function.Function<java.util.Set<Long>, String> taskNames = ids -> taskChoices.stream()
                .filter(t -> ids.contains(t.id())).map(t -> String.valueOf(t.number())).sorted()
                .collect(Collectors.joining(", "));
        java.util.function.Function<Map<ParcelStatus, LocalDate>, String> dates = d -> d.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(x -> statusName.apply(x.getKey()) + " " + x.getValue())
                .collect(Collectors.joining(", "));
        String theirGeometry = edit.geometryOf(theirs.id()).orElse(null);
        List<ConflictDialog.Row> rows = List.of(
                new ConflictDialog.Row(getTranslation("parcel.code"), mine.code(), theirs.code()),
                new ConflictDialog.Row(getTranslation("parcel.name"), mine.name(), theirs.name()),
                new ConflictDialog.Row(getTranslation("parcel.land-use"), getTranslation("parcel.land-use." + mine.landUse()),
                        getTranslation("parcel.land-use." + theirs.landUse())),
                new ConflictDialog.Row(getTranslation("parcel.purpose"), getTranslation("parcel.purpose." + mine.purpose().name()),
                        getTranslation("parcel.purpose." + theirs.purpose().name())),
                new ConflictDialog.Row(getTranslation("parcel.status"), statusName.apply(mine.status()), statusName.apply(theirs.status())),
                new ConflictDialog.Row(getTranslation("conflict.steps"), dates.apply(mine.steps()), dates.apply(theirs.steps())),
                new ConflictDialog.Row(getTranslation("parcel.tasks"), taskNames.apply(mine.taskIds()), taskNames.apply(theirs.taskIds())),
                new ConflictDialog.Row(getTranslation("parcel.notes"), mine.notes(), theirs.notes()),
                new ConflictDialog.Row(getTranslation("conflict.shape"),
                        java.util.Objects.equals(mine.geometry(), theirGeometry) ? getTranslation("conflict.same-shape") : getTranslation("conflict.shape-mine"),
                        java.util.Objects.equals(mine.geometry(), theirGeometry) ? getTranslation("conflict.same-shape") : getTranslation("conflict.shape-theirs")));
        ConflictDialog dialog = new ConflictDialog(theirs.code(), String.valueOf(theirs.updatedBy()), rows, mine.geometry(),
                theirGeometry, () -> {
            // the same change, now from the newer version: every check runs again
            ParcelDraft again = new ParcelDraft(mine.id(), theirs.version(), mine.code(), mine.name(), mine.landUse(),
                    mine.purpose(), mine.status(), mine.steps(), mine.taskIds(), mine.notes(), mine.geometry());
            try {
                mapSide.saved(edit.save(again));
            } catch (StaleParcelException stillStale) {
                showConflict(mine, stillStale.current());
            } catch (ParcelRefusedException refused) {
                showProblems(refused.problems());
                mapSide.showProblems(refused.problems());
                showError(refused);
            } catch (UserMessageException refused) {
                showError(refused);
            }
        }, () -> mapSide.closed(theirs));
        dialog.fit(theirs.extent());
        dialog.open();
    }

    private void confirmDelete() {
        DeleteConfirmation.open(getTranslation("parcel.delete.title", existing.code()), getTranslation("parcel.delete.text"),
                getTranslation("parcel.form.cancel"), getTranslation("parcel.form.delete"), () -> {
                    try {
                        edit.delete(existing.id(), existing.version());
                        mapSide.deleted(existing);
                    } catch (UserMessageException ex) {
                        showError(ex);
                    }
                });
    }

    private void showError(UserMessageException e) {
        error.setText(e.translate(this::getTranslation));
        error.setVisible(true);
    }
}
