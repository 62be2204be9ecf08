package org.actionmap.importexport.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.actionmap.common.UserMessageException;
import org.actionmap.importexport.imports.ImportCrs;
import org.actionmap.importexport.imports.ImportFormat;
import org.actionmap.importexport.imports.ImportMapping;
import org.actionmap.importexport.imports.ImportProblem;
import org.actionmap.importexport.imports.ImportProgress;
import org.actionmap.importexport.imports.ImportRefusedException;
import org.actionmap.importexport.imports.ImportReport;
import org.actionmap.importexport.imports.ImportResult;
import org.actionmap.importexport.imports.ImportService;
import org.actionmap.importexport.imports.ImportTarget;
import org.actionmap.importexport.imports.ImportUpload;
import org.actionmap.importexport.imports.SourceLayer;
import org.actionmap.importexport.imports.StagedImport;
import org.actionmap.map.LayerStyle;
import org.actionmap.map.MapComponent;
import org.actionmap.map.MapLayer;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.RunAs;
import org.actionmap.shell.MainLayout;
import org.actionmap.shell.UploadTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The import wizard ({@code /import}): upload a survey file, choose its layer, confirm or name its coordinate system
 * and encoding, map its fields to a target layer, check it (a preview on the map with the report) and import it whole.
 * Reading, checking and importing run off the UI thread as the signed-in user, with a progress bar through push.
 */
@Route(value = "import", layout = MainLayout.class)
@PermitAll
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PREVIEW = "import-preview";

    private final transient ImportService imports;
    private final transient RunAs runAs;
    private final String username;

    private final Upload upload;
    private final Span uploadMessage = new Span();
    private final VerticalLayout sourceStep = new VerticalLayout();
    private final Select<SourceLayer> layer = new Select<>();
    private final Select<ImportCrs> crs = new Select<>();
    private final Span crsMessage = new Span();
    private final ComboBox<String> encoding = new ComboBox<>();
    private final Button read = new Button();
    private final VerticalLayout mappingStep = new VerticalLayout();
    private final Select<ImportTarget> target = new Select<>();
    private final FormLayout mappingForm = new FormLayout();
    private final Map<String, Select<String>> sources = new LinkedHashMap<>();
    private final Map<String, ComboBox<String>> constants = new LinkedHashMap<>();
    private final Button check = new Button();
    private final VerticalLayout previewStep = new VerticalLayout();
    private final MapComponent map = new MapComponent();
    private final Span reportSummary = new Span();
    private final Grid<ImportProblem> report = new Grid<>();
    private final Button commit = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span stepMessage = new Span();
    private final Anchor resultLink = new Anchor();

    private transient ImportUpload uploaded;
    private transient StagedImport staged;
    private transient CompletableFuture<Void> work = CompletableFuture.completedFuture(null);

    public ImportView(ImportService imports, RunAs runAs, CurrentUser currentUser) {
        this.imports = imports;
        this.runAs = runAs;
        this.username = currentUser.require().username();
        setId("import-view");
        add(new H2(getTranslation("import.title")));
        if (!imports.mayImport()) {
            add(new Paragraph(getTranslation("import.error.not-permitted")));
            upload = null;
            return;
        }
        add(new Paragraph(getTranslation("import.intro")));
        Paragraph limit = new Paragraph(getTranslation("import.upload.limit", imports.limits().maxUploadMegabytes()));
        limit.setId("import-limit");
        // to a temporary file, not memory: a survey runs to tens of megabytes, and several may arrive at once
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream content = java.nio.file.Files.newInputStream(file.toPath())) {
                received(metadata.fileName(), content);
            } finally {
                java.nio.file.Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setId("import-upload");
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.limits().maxUploadBytes()));
        upload.setAcceptedFileTypes(ImportFormat.allExtensions());
        upload.addFileRejectedListener(e -> fail(uploadMessage,
                new UserMessageException("import.error.too-large", imports.limits().maxUploadMegabytes())));
        // the × of the file in the list: whatever was said of it (a refusal too) and read from it goes with it
        upload.addFileRemovedListener(e -> reset());
        uploadMessage.setId("import-upload-message");
        add(limit, upload, uploadMessage);

        layer.setLabel(getTranslation("import.layer"));
        layer.setId("import-layer");
        layer.setItemLabelGenerator(l -> l == null ? "" : getTranslation("import.layer.item", l.name(), l.geometryType(), l.featureCount()));
        layer.addValueChangeListener(e -> layerChosen());
        crs.setLabel(getTranslation("import.crs"));
        crs.setId("import-crs");
        crs.setItems(ImportCrs.offered());
        crs.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey(), c.args()) + (c.isGcj02() ? "" : " (" + c.id() + ")"));
        crs.setEmptySelectionAllowed(true);
        crs.setEmptySelectionCaption(getTranslation("import.crs.choose"));
        // the names are long ("CGCS2000 3° Gauss-Kruger CM 120°E (EPSG:4549)"): cut short they all look alike
        crs.setWidth("34rem");
        // a refusal of the system read before no longer applies once another is chosen
        crs.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                clearStepMessage();
            }
        });
        crsMessage.setId("import-crs-message");
        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setId("import-encoding");
        encoding.setItems("GBK", "UTF-8", "GB18030", "BIG5");
        encoding.setAllowCustomValue(false);
        encoding.setHelperText(getTranslation("import.encoding.help"));
        read.setText(getTranslation("import.read"));
        read.setId("import-read");
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.addClickListener(e -> stage());
        sourceStep.add(new H3(getTranslation("import.step.source")), new HorizontalLayout(layer, crs, encoding), crsMessage, read);
        sourceStep.setPadding(false);
        sourceStep.setVisible(false);

        target.setLabel(getTranslation("import.target"));
        target.setId("import-target");
        target.setItems(imports.targets());
        target.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        target.addValueChangeListener(e -> showMapping());
        check.setText(getTranslation("import.check"));
        check.setId("import-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> check());
        mappingStep.add(new H3(getTranslation("import.step.mapping")), target, mappingForm, check);
        mappingStep.setPadding(false);
        mappingStep.setVisible(false);

        map.setWidthFull();
        map.setHeight("420px");
        reportSummary.setId("import-report-summary");
        report.setId("import-report");
        report.addColumn(ImportProblem::featureNumber).setHeader(getTranslation("import.report.feature")).setAutoWidth(true).setFlexGrow(0);
        report.addColumn(p -> p.code() == null ? "" : p.code()).setHeader(getTranslation("import.report.code")).setAutoWidth(true);
        report.addColumn(p -> p.message().translate(this::getTranslation)).setHeader(getTranslation("import.report.problem")).setFlexGrow(3);
        // a problem says where and by how much: long texts wrap rather than end in "…"
        report.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.addItemClickListener(e -> showProblem(e.getItem()));
        report.setAllRowsVisible(true);
        commit.setText(getTranslation("import.commit"));
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> commit());
        previewStep.add(new H3(getTranslation("import.step.preview")), map, reportSummary, report, commit);
        previewStep.setPadding(false);
        previewStep.setVisible(false);

        progress.setId("import-progress");
        progress.setVisible(false);
        stepMessage.setId("import-message");
        resultLink.setId("import-result-link");
        resultLink.setVisible(false);
        add(sourceStep, mappingStep, previewStep, progress, stepMessage, resultLink);
        addDetachListener(e -> imports.discard(uploaded, staged));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    /** The work running off the UI thread, if any: tests wait for it before they look. */
    public CompletableFuture<Void> work() {
        return work;
    }

    private void received(String fileName, InputStream content) {
        reset();
        try {
            uploaded = imports.receive(fileName, content);
        } catch (UserMessageException e) {
            fail(uploadMessage, e);
            return;
        } catch (RuntimeException e) {
            log.warn("the upload {} of {} could not be read", fileName, username, e);
            fail(uploadMessage, new UserMessageException("import.error.unreadable"));
            return;
        }
        uploadMessage.setText(getTranslation("import.upload.received", fileName, uploaded.layers().size()));
        layer.clear();   // the same file again is a new upload: its layer is chosen anew
        layer.setItems(uploaded.layers());
        layer.setVisible(uploaded.layers().size() > 1);
        encoding.setVisible(uploaded.format().encodingChoice());
        layer.setValue(uploaded.layers().get(0));
        sourceStep.setVisible(true);
    }

    private void layerChosen() {
        SourceLayer l = layer.getValue();
        if (l == null) {
            return;
        }
        crs.setValue(l.detected());
        if (l.detected() != null) {
            crsMessage.setText(getTranslation("import.crs.detected", l.crsName()));
        } else if (l.declaresCrs()) {
            crsMessage.setText(getTranslation("import.error.crs-unknown", l.crsName()));
        } else {
            crsMessage.setText(getTranslation("import.crs.missing"));
        }
        if (l.encoding() != null) {
            encoding.clear();
            encoding.setHelperText(getTranslation("import.encoding.cpg", l.encoding()));
        } else if (l.proposedEncoding() != null) {
            // no .cpg and text that is not UTF-8: a Chinese survey in GBK, most likely
            encoding.setValue(l.proposedEncoding());
            encoding.setHelperText(getTranslation("import.encoding.proposed", l.proposedEncoding()));
        } else {
            encoding.clear();
            encoding.setHelperText(getTranslation("import.encoding.help"));
        }
    }

    private void stage() {
        SourceLayer l = layer.getValue();
        ImportCrs chosen = crs.getValue();
        ImportCrs override = chosen != null && !chosen.equals(l.detected()) ? chosen : null;
        if (chosen == null && l.detected() == null) {
            fail(stepMessage, new UserMessageException(l.declaresCrs() ? "import.error.crs-unknown" : "import.error.crs-missing",
                    String.valueOf(l.crsName())));
            return;
        }
        String chosenEncoding = encoding.getValue();
        discardStaged();
        background("import.error.read-failed", p -> imports.stage(uploaded, l.name(), override, chosenEncoding, p), result -> {
            staged = result;
            stepMessage.setText(getTranslation("import.read.done", result.features()));
            mappingStep.setVisible(true);
            if (target.getValue() == null && !imports.targets().isEmpty()) {
                target.setValue(imports.targets().get(0));
            } else {
                showMapping();
            }
        });
    }

    private void showMapping() {
        mappingForm.removeAll();
        sources.clear();
        constants.clear();
        previewStep.setVisible(false);
        ImportTarget t = target.getValue();
        if (t == null || staged == null) {
            return;
        }
        Map<String, String> suggestions = t.suggestedSources(staged.fields());
        for (String field : t.fields()) {
            Select<String> source = new Select<>();
            source.setLabel(getTranslation("import.field." + field) + (t.required().contains(field) ? " *" : ""));
            source.setId("import-map-" + field);
            source.setItems(staged.fields());
            source.setEmptySelectionAllowed(true);
            source.setEmptySelectionCaption(getTranslation("import.field.none"));
            // the empty choice shows as itself once chosen, not as a blank field
            source.setPlaceholder(getTranslation("import.field.none"));
            source.setItemLabelGenerator(f -> f == null ? "" : staged.samples().get(f) == null ? f
                    : getTranslation("import.field.sample", f, abbreviate(staged.samples().get(f))));
            String suggested = suggestions.get(field);
            if (suggested != null) {
                source.setValue(suggested);
            }
            sources.put(field, source);
            mappingForm.add(source);
            List<String> choices = t.choices(field);
            if (!choices.isEmpty()) {
                ComboBox<String> constant = new ComboBox<>(getTranslation("import.field.constant", getTranslation("import.field." + field)));
                constant.setId("import-constant-" + field);
                constant.setItems(choices);
                constant.setItemLabelGenerator(v -> getTranslation("import.value." + field + "." + v));
                constants.put(field, constant);
                mappingForm.add(constant);
            }
        }
    }

    private ImportMapping mapping() {
        Map<String, String> fields = new LinkedHashMap<>();
        sources.forEach((field, select) -> {
            if (select.getValue() != null) {
                fields.put(field, select.getValue());
            }
        });
        Map<String, String> values = new LinkedHashMap<>();
        constants.forEach((field, box) -> {
            if (box.getValue() != null) {
                values.put(field, box.getValue());
            }
        });
        return new ImportMapping(fields, values);
    }

    private void check() {
        ImportTarget t = target.getValue();
        ImportMapping m = mapping();
        background("import.error.check-failed", p -> imports.check(staged, t, m, p), this::showReport);
    }

    private void showReport(ImportReport result) {
        previewStep.setVisible(true);
        map.getLayers().keySet().stream().toList().forEach(map::removeLayer);
        map.addLayer(MapLayer.geoJson("import-townships", getTranslation("import.preview.townships"),
                "map-data/zones.geojson?kind=TOWNSHIP", LayerStyle.area("#888888", "rgba(0,0,0,0)")));
        // the parcels already on the map, so that an overlap in the report can be seen against what it overlaps
        map.addLayer(new MapLayer("import-existing-parcels", getTranslation("map.layer.parcels"), MapLayer.Kind.VECTOR_TILES,
                "tiles/parcels/{z}/{x}/{y}.mvt", LayerStyle.area("#5d4037", "#eeeeee")
                .filledBy("status", org.actionmap.land.ParcelStatusColours.byName()), true, null, "code", null, null));
        map.addLayer(MapLayer.geoJson(PREVIEW, getTranslation("import.preview.layer"),
                "map-data/imports/" + staged.id() + ".geojson", LayerStyle.area("#1565c0", "rgba(21,101,192,0.25)")));
        imports.extent(staged).ifPresent(e -> map.fitExtent(e[0], e[1], e[2], e[3]));
        map.showProblems(problemsGeoJson(result.problems()));
        report.setItems(result.problems());
        report.setVisible(!result.problems().isEmpty());
        String summary = result.importable() ? getTranslation("import.report.ok", result.features())
                : getTranslation("import.report.problems", result.problems().size(), result.features());
        if (result.features() > ImportService.PREVIEW_FEATURES) {
            summary += " " + getTranslation("import.preview.first-features", ImportService.PREVIEW_FEATURES, result.features());
        }
        if (result.problems().size() > ImportService.PREVIEW_PROBLEMS) {
            summary += " " + getTranslation("import.preview.first-problems", ImportService.PREVIEW_PROBLEMS);
        }
        reportSummary.setText(summary);
        // every row drawn for a short report; a long one scrolls inside the grid, which draws only what is seen
        report.setAllRowsVisible(result.problems().size() <= 50);
        if (result.problems().size() > 50) {
            report.setHeight("24rem");
        }
        commit.setEnabled(result.importable());
    }

    /** A row of the report clicked: the map frames its feature and the problem's mark, and outlines the feature. */
    private void showProblem(ImportProblem problem) {
        if (problem == null || staged == null) {
            return;
        }
        imports.extent(staged, problem).ifPresent(e -> map.fitExtent(e[0], e[1], e[2], e[3]));
        map.highlight(PREVIEW, String.valueOf(problem.featureNumber()));
        // a long report scrolls the map away: bring it back, no further than needed to see it whole
        map.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.SMOOTH, ScrollOptions.Alignment.NEAREST,
                ScrollOptions.Alignment.NEAREST));
    }

    private String problemsGeoJson(List<ImportProblem> problems) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (ImportProblem p : problems.subList(0, Math.min(problems.size(), ImportService.PREVIEW_PROBLEMS))) {
            if (p.where() == null) {
                continue;
            }
            try {
                ObjectNode feature = features.addObject().put("type", "Feature");
                feature.set("geometry", JSON.readTree(p.where()));
                feature.putObject("properties").put("label", "#" + p.featureNumber() + (p.code() == null ? "" : " " + p.code()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return collection.toString();
    }

    private void commit() {
        ImportTarget t = target.getValue();
        ImportMapping m = mapping();
        background("import.error.failed", p -> imports.commit(staged, t, m, p), result -> {
            String done = getTranslation("import.committed", result.features(), getTranslation(t.labelKey()));
            // the wizard is ready for the next file: what this one showed is gone, said at the top and in a notification
            imports.discard(uploaded, null);
            staged = null;
            uploaded = null;
            upload.clearFileList();
            uploadMessage.setText("");
            sourceStep.setVisible(false);
            mappingStep.setVisible(false);
            previewStep.setVisible(false);
            reportSummary.setText("");
            report.setItems(List.of());
            stepMessage.setText(done);
            resultLink.setHref(mapLink(t, result));
            resultLink.setText(getTranslation("import.committed.show", result.features()));
            resultLink.setVisible(true);
            Notification notification = Notification.show(done, 6000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            notification.setId("import-committed-notification");
        });
    }

    /**
     * Where the imported features are seen: one by its code on its own page; several parcels or zones framed on the
     * city map by their extent, several power features or sites on their page.
     */
    private static String mapLink(ImportTarget target, ImportResult result) {
        String code = result.firstCode() == null ? "" : URLEncoder.encode(result.firstCode(), StandardCharsets.UTF_8);
        boolean one = result.features() == 1 && !code.isEmpty();
        double[] e = result.extent();
        String bbox = e == null ? null : Arrays.stream(e).mapToObj(v -> String.format(Locale.ROOT, "%.6f", v))
                .collect(Collectors.joining(","));
        return switch (target) {
            case PARCELS -> one ? "map?parcel=" + code : bbox == null ? "map" : "map?bbox=" + bbox;
            case ZONES -> one ? "map?zone=" + code : bbox == null ? "map" : "map?bbox=" + bbox;
            case SUBSTATIONS, LINES -> one ? "power?feature=" + code : "power";
            case SITES -> one ? "sites?site=" + code : "sites";
        };
    }

    /**
     * Runs a step off the UI thread as this user; its result, or its refusal, comes back through push. A failure that
     * is no refusal is logged and said with the step's own message ({@code failedKey}): reading is not importing.
     */
    private <T> void background(String failedKey, java.util.function.Function<ImportProgress, T> step,
                                java.util.function.Consumer<T> done) {
        UI ui = UI.getCurrent();
        progress.setValue(0);
        progress.setVisible(true);
        resultLink.setVisible(false);
        stepMessage.setText(getTranslation("import.working"));
        stepMessage.getElement().getThemeList().remove("error");
        stepMessage.getStyle().remove("color"); // a refusal before this step coloured it
        setBusy(true);
        long[] lastPush = {0};
        ImportProgress onProgress = fraction -> {
            long now = System.currentTimeMillis();
            if (now - lastPush[0] > 250 || fraction >= 1.0) {
                lastPush[0] = now;
                ui.access(() -> progress.setValue(Math.min(1.0, fraction)));
            }
        };
        Supplier<T> asUser = () -> runAs.user(username, () -> step.apply(onProgress));
        work = CompletableFuture.supplyAsync(asUser).handle((result, error) -> {
            ui.access(() -> {
                progress.setVisible(false);
                setBusy(false);
                if (error == null) {
                    stepMessage.setText(""); // the step says its own result, or its report does
                    done.accept(result);
                    return;
                }
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                if (cause instanceof ImportRefusedException refused) {
                    showReport(refused.report());
                }
                if (!(cause instanceof UserMessageException)) {
                    log.warn("an import step of {} failed ({})", username, failedKey, cause);
                }
                fail(stepMessage, cause instanceof UserMessageException m ? m : new UserMessageException(failedKey));
            });
            return null;
        });
    }

    private void setBusy(boolean busy) {
        read.setEnabled(!busy);
        check.setEnabled(!busy);
        commit.setEnabled(!busy && commit.isEnabled());
    }

    private void clearStepMessage() {
        stepMessage.setText("");
        stepMessage.getStyle().remove("color");
        stepMessage.getElement().getThemeList().remove("error");
    }

    private void fail(Span where, UserMessageException e) {
        where.setText(e.translate(this::getTranslation));
        where.getElement().getThemeList().add("error");
        where.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void reset() {
        discardStaged();
        imports.discard(uploaded, null);
        uploaded = null;
        uploadMessage.setText("");
        uploadMessage.getStyle().remove("color");
        uploadMessage.getElement().getThemeList().remove("error");
        clearStepMessage();
        resultLink.setVisible(false);
        sourceStep.setVisible(false);
        mappingStep.setVisible(false);
        previewStep.setVisible(false);
        read.setEnabled(true);
        check.setEnabled(true);
    }

    private void discardStaged() {
        if (staged != null) {
            imports.discard(null, staged);
            staged = null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 23) + "…" : s;
    }
}
