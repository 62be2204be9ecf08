package org.actionmap.site.ui;

import org.actionmap.collaboration.ConflictDialog;
import org.actionmap.shell.DeleteConfirmation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.PlanViews.TaskRef;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.site.*;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A site's form beside the map, for a new site or a change: its shape (a point or an outline, drawn on the map; a
 * point's longitude and latitude can also be typed, for a station far away), code, names, kind, status with its
 * dates, responsible unit, linked tasks and notes. Every change of the shape is checked by the server at once;
 * saving checks everything again, on the server.
 */
class SiteForm extends VerticalLayout {

    enum Shape { POINT, OUTLINE }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** What the form asks of the map it sits beside. */
    interface MapSide {
        /** Lets the user draw a new shape of that type (replacing the one being edited). */
        void draw(Shape shape);

        /** Shows a shape the form made (a typed or clicked point) on the map, to be edited there. */
        void edit(String geoJson);

        /** Shows a refused geometry's problem on the map (null clears it). */
        void showProblem(SiteGeometryException problem);

        void saved(SiteDetails site);

        void deleted(SiteDetails site);

        void closed(SiteDetails site);
    }

    private final transient SiteEditService edit;
    private final transient MapSide mapSide;
    private final SiteDetails existing;
    /** The version the change starts from: the one opened, or the newer one the user applied it on top of. */
    private int baseVersion;
    private final RadioButtonGroup<Shape> shape = new RadioButtonGroup<>();
    private final NumberField lon = new NumberField();
    private final NumberField lat = new NumberField();
    private final Span area = new Span();
    private final Paragraph problem = new Paragraph();
    private final TextField code = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<SiteKind> kind = new Select<>();
    private final Select<SiteStatus> status = new Select<>();
    private final DatePicker startedOn = new DatePicker();
    private final DatePicker completedOn = new DatePicker();
    private final DatePicker openedOn = new DatePicker();
    private final ComboBox<OrgUnitInfo> unit = new ComboBox<>();
    private final MultiSelectComboBox<TaskRef> tasks = new MultiSelectComboBox<>();
    private final TextArea notes = new TextArea();
    private final Paragraph error = new Paragraph();
    private String geometry;
    /** Set while the form itself writes the coordinates from a drawn point: not a typed change to echo back. */
    private boolean placing;

    SiteForm(SiteDetails existing, String geometry, List<TaskRef> taskChoices, List<OrgUnitInfo> unitChoices,
             Long ownUnitId, SiteEditService edit, MapSide mapSide) {
        this.existing = existing;
        this.baseVersion = existing == null ? 0 : existing.version();
        this.geometry = geometry;
        this.edit = edit;
        this.mapSide = mapSide;
        setPadding(false);
        setSpacing(false);
        setId("site-form");

        H3 title = new H3(existing == null ? getTranslation("site.form.new") : getTranslation("site.form.edit", existing.code()));
        title.getStyle().set("margin", "0 0 .3em 0");
        Paragraph hint = new Paragraph(getTranslation("site.form.hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        shape.setLabel(getTranslation("site.form.shape"));
        shape.setItems(Shape.values());
        shape.setItemLabelGenerator(s -> getTranslation("site.form.shape." + s.name()));
        shape.setId("site-shape");
        lon.setLabel(getTranslation("site.form.lon"));
        lon.setId("site-lon");
        lat.setLabel(getTranslation("site.form.lat"));
        lat.setId("site-lat");
        lon.setStep(0.000001);
        lat.setStep(0.000001);
        lon.addValueChangeListener(e -> typedPoint());
        lat.addValueChangeListener(e -> typedPoint());
        area.setId("site-form-area");
        area.getStyle().set("font-weight", "600");
        problem.setId("site-form-problem");
        problem.addClassName("geometry-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", ".2em 0");
        problem.setVisible(false);
        error.setId("site-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", ".3em 0");
        error.setVisible(false);

        code.setLabel(getTranslation("site.code"));
        code.setId("site-code");
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(40);
        nameZh.setLabel(getTranslation("site.name-zh"));
        nameZh.setId("site-name-zh");
        nameZh.setMaxLength(200);
        nameEn.setLabel(getTranslation("site.name-en"));
        nameEn.setId("site-name-en");
        nameEn.setMaxLength(200);
        kind.setLabel(getTranslation("site.kind"));
        kind.setItems(SiteKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("site.kind." + k.name()));
        kind.setId("site-kind");
        status.setLabel(getTranslation("site.status"));
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("site.status." + s.name()));
        status.setId("site-status");
        startedOn.setLabel(getTranslation("site.started-on"));
        startedOn.setId("site-started-on");
        completedOn.setLabel(getTranslation("site.completed-on"));
        completedOn.setId("site-completed-on");
        openedOn.setLabel(getTranslation("site.opened-on"));
        openedOn.setId("site-opened-on");
        unit.setLabel(getTranslation("site.unit"));
        unit.setItems(unitChoices);
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setId("site-unit");
        tasks.setLabel(getTranslation("site.tasks"));
        tasks.setItems(taskChoices);
        tasks.setItemLabelGenerator(t -> t.label(getLocale()));
        tasks.setId("site-tasks");
        notes.setLabel(getTranslation("site.notes"));
        notes.setMaxLength(2000);
        for (var field : List.of(code, nameZh, nameEn, notes)) {
            field.setWidthFull();
        }
        kind.setWidthFull();
        status.setWidthFull();
        unit.setWidthFull();
        tasks.setWidthFull();
        for (DatePicker date : List.of(startedOn, completedOn, openedOn)) {
            date.setLocale(getLocale());
            date.setWidthFull();
        }

        kind.addValueChangeListener(e -> {
            SiteStatus previous = status.getValue();
            List<SiteStatus> workflow = e.getValue() == null ? List.of() : e.getValue().workflow();
            status.setItems(workflow);
            status.setValue(previous != null && workflow.contains(previous) ? previous : workflow.isEmpty() ? null : workflow.get(0));
            showDates();
            recheck();
        });
        status.addValueChangeListener(e -> showDates());
        shape.addValueChangeListener(e -> {
            showShapeFields();
            if (e.isFromClient()) {
                this.geometry = null;
                area.setText(getTranslation("site.form.no-shape"));
                clearProblem();
                mapSide.draw(e.getValue());
            }
        });

        if (existing != null) {
            code.setValue(existing.code());
            nameZh.setValue(existing.nameZh());
            nameEn.setValue(existing.nameEn());
            kind.setValue(existing.kind());
            status.setValue(existing.status());
            startedOn.setValue(existing.dates().startedOn());
            completedOn.setValue(existing.dates().completedOn());
            openedOn.setValue(existing.dates().openedOn());
            unitChoices.stream().filter(u -> u.id().equals(existing.responsibleUnitId())).findFirst().ifPresent(unit::setValue);
            tasks.setValue(taskChoices.stream().filter(t -> existing.taskIds().contains(t.id())).collect(Collectors.toSet()));
            notes.setValue(existing.notes() == null ? "" : existing.notes());
            shape.setValue(existing.point() ? Shape.POINT : Shape.OUTLINE);
            if (existing.point()) {
                showPoint(existing.extent()[0], existing.extent()[1]);
            } else {
                showArea(existing.areaM2());
            }
        } else {
            kind.setValue(SiteKind.TECH_TRANSFORMATION);
            unitChoices.stream().filter(u -> u.id().equals(ownUnitId)).findFirst().ifPresent(unit::setValue);
            shape.setValue(Shape.POINT);
            area.setText(getTranslation("site.form.no-shape"));
        }
        showShapeFields();
        showDates();

        Button save = new Button(getTranslation("site.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("site-save");
        Button cancel = new Button(getTranslation("site.form.cancel"), e -> mapSide.closed(existing));
        cancel.setId("site-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        if (existing != null) {
            Button delete = new Button(getTranslation("site.form.delete"), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("site-delete");
            buttons.add(delete);
        }
        buttons.getStyle().set("flex-wrap", "wrap").set("margin-top", ".5em");
        HorizontalLayout point = new HorizontalLayout(lon, lat);
        point.setWidthFull();
        add(title, hint, shape, point, area, problem, code, nameZh, nameEn, kind, status, startedOn, completedOn, openedOn,
                unit, tasks, notes, error, buttons);
    }

    /** The shape being drawn; the map side starts drawing it when the form opens. */
    Shape shape() {
        return shape.getValue();
    }

    /** A new or changed shape from the map: a point's coordinates or an outline's area at once, its problem from the server. */
    void geometryChanged(String geoJson, double areaM2) {
        this.geometry = geoJson;
        error.setVisible(false); // a refusal of the earlier shape no longer applies
        double[] point = pointOf(geoJson);
        if (point != null) {
            showPoint(point[0], point[1]);
        } else if (shape.getValue() == Shape.OUTLINE) {
            showArea(areaM2);
        }
        recheck();
    }

    /** A click on the map beside the point being edited: the point moves there. */
    void pointPlaced(double longitude, double latitude) {
        String point = pointJson(longitude, latitude);
        mapSide.edit(point);
        geometryChanged(point, 0);
    }

    private void typedPoint() {
        if (placing || shape.getValue() != Shape.POINT || lon.getValue() == null || lat.getValue() == null) {
            return;
        }
        String point = pointJson(lon.getValue(), lat.getValue());
        mapSide.edit(point);
        geometryChanged(point, 0);
    }

    /** The longitude and latitude of a GeoJSON point, or null for any other geometry (or none readable). */
    private static double[] pointOf(String geoJson) {
        try {
            var node = JSON.readTree(geoJson == null ? "" : geoJson);
            if (node == null || !"Point".equals(node.path("type").asText()) || node.path("coordinates").size() < 2) {
                return null;
            }
            return new double[]{node.path("coordinates").get(0).asDouble(), node.path("coordinates").get(1).asDouble()};
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null; // the server says what is wrong with it
        }
    }

    private void showPoint(double longitude, double latitude) {
        placing = true;
        try {
            lon.setValue(longitude);
            lat.setValue(latitude);
        } finally {
            placing = false;
        }
        area.setText(getTranslation("site.form.point-at", coordinate(longitude), coordinate(latitude)));
    }

    private String coordinate(double degrees) {
        NumberFormat number = NumberFormat.getNumberInstance(Locale.ROOT);
        number.setMaximumFractionDigits(6);
        number.setGroupingUsed(false);
        return number.format(degrees);
    }

    private static String pointJson(double longitude, double latitude) {
        return "{\"type\":\"Point\",\"coordinates\":[" + longitude + "," + latitude + "]}";
    }

    private void recheck() {
        if (geometry == null) {
            return;
        }
        var found = edit.checkGeometry(geometry, kind.getValue());
        found.ifPresentOrElse(this::showProblem, this::clearProblem);
    }

    private void showProblem(SiteGeometryException e) {
        problem.setText(e.translate(this::getTranslation));
        problem.setVisible(true);
        mapSide.showProblem(e);
    }

    private void clearProblem() {
        problem.setVisible(false);
        mapSide.showProblem(null);
    }

    private void showArea(Double areaM2) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        double m2 = areaM2 == null ? 0 : areaM2;
        area.setText(getTranslation("site.area") + ": " + getTranslation("site.area-value",
                number.format(m2 / SiteDetails.SQUARE_METRES_PER_MU), number.format(m2 / 10000)));
    }

    private void showShapeFields() {
        boolean point = shape.getValue() == Shape.POINT;
        lon.setVisible(point);
        lat.setVisible(point);
    }

    private void showDates() {
        SiteStatus current = status.getValue();
        startedOn.setVisible(current == SiteStatus.UNDER_CONSTRUCTION || current == SiteStatus.COMPLETED);
        completedOn.setVisible(current == SiteStatus.COMPLETED);
        openedOn.setVisible(current == SiteStatus.OPEN);
    }

    private void save() {
        error.setVisible(false);
        // only the dates shown count: a date left in a field the status no longer shows is not sent
        SiteDates dates = new SiteDates(startedOn.isVisible() ? startedOn.getValue() : null,
                completedOn.isVisible() ? completedOn.getValue() : null, openedOn.isVisible() ? openedOn.getValue() : null);
        SiteDraft draft = new SiteDraft(existing == null ? null : existing.id(), baseVersion,
                code.getValue(), nameZh.getValue(), nameEn.getValue(), kind.getValue(), status.getValue(), dates,
                unit.getValue() == null ? null : unit.getValue().id(),
                tasks.getValue().stream().map(TaskRef::id).collect(Collectors.toSet()), notes.getValue(), geometry);
        try {
            SiteDetails saved = edit.save(draft);
            clearProblem();
            mapSide.saved(saved);
        } catch (SiteGeometryException e) {
            showProblem(e);
            showError(e);
        } catch (StaleSiteException e) {
            showConflict(draft, e.current());
        } catch (UserMessageException e) {
            showError(e);
        }
    }

    /** A colleague saved the site meanwhile: both versions side by side, mine applied on top of theirs or dropped. */
    private void showConflict(SiteDraft mine, SiteDetails theirs) {
        String theirGeometry = edit.geometryOf(theirs.id()).orElse(null);
        java.util.function.Function<SiteDates, String> dates = d -> java.util.stream.Stream.of(d.startedOn(),
                d.completedOn(), d.openedOn()).map(x -> x == null ? "—" : x.toString()).collect(Collectors.joining(" / "));
        List<ConflictDialog.Row> rows = List.of(
                new ConflictDialog.Row(getTranslation("site.code"), mine.code(), theirs.code()),
                new ConflictDialog.Row(getTranslation("site.name-zh"), mine.nameZh(), theirs.nameZh()),
                new ConflictDialog.Row(getTranslation("site.name-en"), mine.nameEn(), theirs.nameEn()),
                new ConflictDialog.Row(getTranslation("site.kind"), getTranslation("site.kind." + mine.kind().name()),
                        getTranslation("site.kind." + theirs.kind().name())),
                new ConflictDialog.Row(getTranslation("site.status"), getTranslation("site.status." + mine.status().name()),
                        getTranslation("site.status." + theirs.status().name())),
                new ConflictDialog.Row(getTranslation("conflict.steps"), dates.apply(mine.dates()), dates.apply(theirs.dates())),
                new ConflictDialog.Row(getTranslation("site.notes"), mine.notes(), theirs.notes()),
                new ConflictDialog.Row(getTranslation("conflict.shape"),
                        java.util.Objects.equals(mine.geometry(), theirGeometry) ? getTranslation("conflict.same-shape") : getTranslation("conflict.shape-mine"),
                        java.util.Objects.equals(mine.geometry(), theirGeometry) ? getTranslation("conflict.same-shape") : getTranslation("conflict.shape-theirs")));
        ConflictDialog dialog = new ConflictDialog(theirs.code(), String.valueOf(theirs.updatedBy()), rows, mine.geometry(),
                theirGeometry, () -> {
            baseVersion = theirs.version();
            save();
        }, () -> mapSide.closed(theirs));
        dialog.fit(theirs.extent());
        dialog.open();
    }

    private void confirmDelete() {
        DeleteConfirmation.open(getTranslation("site.delete.title", existing.code()), getTranslation("site.delete.text"),
                getTranslation("site.form.cancel"), getTranslation("site.form.delete"), () -> {
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
