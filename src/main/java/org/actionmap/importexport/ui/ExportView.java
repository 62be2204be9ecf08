package org.actionmap.importexport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.actionmap.common.UserMessageException;
import org.actionmap.importexport.export.ExportCrs;
import org.actionmap.importexport.export.ExportFormat;
import org.actionmap.importexport.export.ExportLayer;
import org.actionmap.importexport.export.ExportPreview;
import org.actionmap.importexport.export.ExportRequest;
import org.actionmap.importexport.export.ExportService;
import org.actionmap.shell.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /export}: the layer, filters and selection come from the address (the lists link here by address, so that
 * no feature module depends on this one); a plain {@code /export} asks for the layer. The page says what will be
 * exported (the filters in words, or the selection) and how many features, the user picks the format and the
 * coordinate system and downloads the file.
 */
@Route(value = "export", layout = MainLayout.class)
@PermitAll
public class ExportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ExportView.class);

    private static final int CODES_SHOWN = 10;

    private final transient ExportService export;
    private final Select<ExportLayer> layer = new Select<>();
    private final Div summary = new Div();
    private final Select<ExportFormat> format = new Select<>();
    private final Select<ExportCrs> crs = new Select<>();
    private final Paragraph note = new Paragraph();
    private final Anchor download = new Anchor();
    private ExportRequest request;
    /** Set while the page fills the layer chooser from the address, so that only the user's choice navigates. */
    private boolean showingLayer;

    public ExportView(ExportService export) {
        this.export = export;
        setMaxWidth("48em");
        layer.setLabel(getTranslation("export.layer"));
        layer.setItems(ExportLayer.values());
        layer.setItemLabelGenerator(l -> l == null ? "" : getTranslation("export.layer." + l.key()));
        layer.setId("export-layer");
        layer.setWidth("16em");
        layer.addValueChangeListener(e -> layerChosen(e.getValue()));
        summary.setId("export-summary");
        format.setLabel(getTranslation("export.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("export.format." + f.key()));
        format.setId("export-format");
        crs.setLabel(getTranslation("export.crs"));
        // named as the import wizard names them: one name for one coordinate system
        crs.setItemLabelGenerator(c -> getTranslation(c.labelKey(), c.labelArgs()) + " (" + c.code() + ")");
        crs.setId("export-crs");
        crs.setWidth("34rem");   // as the import wizard: the long names end in the EPSG code that tells them apart
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        note.setId("export-note");
        download.setId("export-download");
        format.addValueChangeListener(e -> formatChosen());
        crs.addValueChangeListener(e -> choose());
        add(new H2(getTranslation("export.title")), layer, summary, new HorizontalLayout(format, crs), note, download);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        summary.removeAll();
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (!ExportRequest.namesLayer(parameters)) {
            // a plain /export: the user chooses what to export
            request = null;
            showLayer(null);
            Paragraph choose = new Paragraph(getTranslation("export.choose-layer"));
            choose.setId("export-choose-layer");
            summary.add(choose);
            disable();
            return;
        }
        try {
            request = ExportRequest.fromParameters(parameters);
            showLayer(request.layer());
            ExportPreview preview = export.preview(request);
            showSummary(preview);
            format.setEnabled(true);
            crs.setEnabled(true);
            // the page may be showing another request (a layer chosen here): the address's format and system win
            crs.clear();
            format.setValue(request.format());
            formatChosen();
            choose();
            download.setVisible(preview.count() > 0);
        } catch (UserMessageException refused) {
            request = null;
            showLayer(ExportLayer.byKey(parameters.get("layer").get(0)).orElse(null));
            Span problem = new Span(refused.translate(this::getTranslation));
            problem.setId("export-problem");
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            summary.add(problem);
            disable();
        }
    }

    private void disable() {
        format.setEnabled(false);
        crs.setEnabled(false);
        note.setText("");
        download.setVisible(false);
    }

    private void showLayer(ExportLayer shown) {
        showingLayer = true;
        try {
            layer.setValue(shown);
        } finally {
            showingLayer = false;
        }
    }

    /**
     * Another layer chosen: the whole of it, in the format and system chosen so far; the filters and the selection
     * belong to the layer they came with.
     */
    private void layerChosen(ExportLayer chosen) {
        if (showingLayer || chosen == null || (request != null && request.layer() == chosen)) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("layer", chosen.key());
        if (format.getValue() != null) {
            parameters.put("format", format.getValue().key());
        }
        if (crs.getValue() != null) {
            parameters.put("crs", String.valueOf(crs.getValue().epsg()));
        }
        UI.getCurrent().navigate(ExportView.class, QueryParameters.simple(parameters));
    }

    private void showSummary(ExportPreview preview) {
        boolean selection = !request.codes().isEmpty();
        if (selection) {
            // what the user selected, rather than "no filter, every feature of the layer"
            Paragraph selected = new Paragraph(getTranslation("export.selection-line", request.codes().size(),
                    firstCodes(request.codes(), request.codes().size())));
            selected.setId("export-selection");
            summary.add(selected);
        }
        if (!selection || !preview.conditions().isEmpty()) {
            String conditions = preview.conditions().isEmpty() ? getTranslation("export.no-filter")
                    : preview.conditions().stream().map(c -> getTranslation("export.condition", getTranslation(c.nameKey()),
                            c.valueKey() != null ? getTranslation(c.valueKey()) : c.valueText())).collect(Collectors.joining(" · "));
            Paragraph filter = new Paragraph(getTranslation("export.filter-line", conditions));
            filter.setId("export-filter");
            summary.add(filter);
        }
        Paragraph count = new Paragraph(getTranslation("export.count", preview.count()));
        count.setId("export-count");
        count.getStyle().set("font-weight", "600");
        summary.add(count);
        if (!selection && !preview.firstCodes().isEmpty()) {
            Paragraph codes = new Paragraph(getTranslation("export.codes-line", firstCodes(preview.firstCodes(), preview.count())));
            codes.setId("export-codes");
            summary.add(codes);
        }
        if (!preview.unknownCodes().isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("export.unknown-codes", String.join(", ", preview.unknownCodes())));
            unknown.setId("export-unknown-codes");
            unknown.getStyle().set("color", "var(--lumo-error-text-color)");
            summary.add(unknown);
        }
    }

    /** The first codes of a list of {@code total}, with an ellipsis where there are more. */
    private static String firstCodes(List<String> codes, int total) {
        String shown = codes.stream().limit(CODES_SHOWN).collect(Collectors.joining(", "));
        return total > Math.min(codes.size(), CODES_SHOWN) ? shown + " …" : shown;
    }

    /** Another format: the coordinate systems it takes, keeping the chosen one where it can. */
    private void formatChosen() {
        ExportFormat f = format.getValue();
        if (request == null || f == null) {
            return;
        }
        ExportCrs keep = crs.getValue() != null && f.accepts(crs.getValue()) ? crs.getValue()
                : f.accepts(request.crs()) ? request.crs() : ExportCrs.CGCS2000_GK3_CM120;
        crs.setItems(Arrays.stream(ExportCrs.values()).filter(f::accepts).toList());
        crs.setValue(keep);
    }

    /** The chosen format and system: its note, the download link and the address. */
    private void choose() {
        ExportFormat f = format.getValue();
        if (request == null || f == null || crs.getValue() == null) {
            return;
        }
        request = request.withFormat(f, crs.getValue());
        crs.setEnabled(!f.alwaysWgs84());
        note.setText(getTranslation("export.note." + f.key()));
        String fileName = export.fileName(request);
        download.setHref(handler(request, fileName), AttachmentType.DOWNLOAD);
        download.setText(getTranslation("export.download", fileName));
        // the address says what is exported in which format, to send to a colleague
        UI.getCurrent().getPage().getHistory().replaceState(null, "export?" + com.vaadin.flow.router.QueryParameters
                .full(request.toParameters().entrySet().stream().collect(Collectors.toMap(java.util.Map.Entry::getKey,
                        e -> e.getValue().toArray(String[]::new), (a, b) -> a, java.util.LinkedHashMap::new))).getQueryString());
    }

    /**
     * The file is written to memory before the response starts, so that a refusal (signed out meanwhile, GDAL failing)
     * becomes a message in the page instead of a broken download.
     */
    private DownloadHandler handler(ExportRequest chosen, String fileName) {
        UI ui = UI.getCurrent();
        return event -> {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            try {
                export.write(chosen, file);
            } catch (UserMessageException refused) {
                event.getResponse().setStatus(500);
                ui.access(() -> Notification.show(refused.translate(this::getTranslation), 6000, Notification.Position.MIDDLE));
                return;
            } catch (RuntimeException failed) {
                log.error("export of {} failed", chosen, failed);
                event.getResponse().setStatus(500);
                ui.access(() -> Notification.show(getTranslation("export.error.gdal"), 6000, Notification.Position.MIDDLE));
                return;
            }
            event.setFileName(fileName);
            event.setContentType(chosen.format().contentType());
            event.setContentLength(file.size());
            file.writeTo(event.getOutputStream());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title") + " · " + getTranslation("app.name");
    }
}
