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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.actionmap.common.UserMessageException;
import org.actionmap.importexport.export.ExportCrs;
import org.actionmap.importexport.export.ExportFormat;
import org.actionmap.importexport.export.ExportPreview;
import org.actionmap.importexport.export.ExportRequest;
import org.actionmap.importexport.export.ExportService;
import org.actionmap.shell.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code /export}: the layer, filters and selection come from the address (the lists link here by address, so that
 * no feature module depends on this one); the page says what will be exported and how many features, the user picks
 * the format and the coordinate system and downloads the file.
 */
@Route(value = "export", layout = MainLayout.class)
@PermitAll
public class ExportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ExportView.class);

    private final transient ExportService export;
    private final Div summary = new Div();
    private final Select<ExportFormat> format = new Select<>();
    private final Select<ExportCrs> crs = new Select<>();
    private final Paragraph note = new Paragraph();
    private final Anchor download = new Anchor();
    private ExportRequest request;

    public ExportView(ExportService export) {
        this.export = export;
        setMaxWidth("48em");
        summary.setId("export-summary");
        format.setLabel(getTranslation("export.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("export.format." + f.key()));
        format.setId("export-format");
        crs.setLabel(getTranslation("export.crs"));
        crs.setItemLabelGenerator(c -> getTranslation("export.crs." + c.epsg()) + " (" + c.code() + ")");
        crs.setId("export-crs");
        crs.setWidth("26em");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        note.setId("export-note");
        download.setId("export-download");
        format.addValueChangeListener(e -> formatChosen());
        crs.addValueChangeListener(e -> choose());
        add(new H2(getTranslation("export.title")), summary, new HorizontalLayout(format, crs), note, download);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        summary.removeAll();
        try {
            request = ExportRequest.fromParameters(event.getLocation().getQueryParameters().getParameters());
            ExportPreview preview = export.preview(request);
            showSummary(preview);
            format.setValue(request.format());
            formatChosen();
            download.setVisible(preview.count() > 0);
        } catch (UserMessageException refused) {
            request = null;
            Span problem = new Span(refused.translate(this::getTranslation));
            problem.setId("export-problem");
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            summary.add(problem);
            format.setEnabled(false);
            crs.setEnabled(false);
            download.setVisible(false);
        }
    }

    private void showSummary(ExportPreview preview) {
        Paragraph layer = new Paragraph(getTranslation("export.layer") + ": " + getTranslation("export.layer." + preview.layer().key()));
        String conditions = preview.conditions().isEmpty() ? getTranslation("export.no-filter")
                : preview.conditions().stream().map(c -> getTranslation(c.nameKey()) + ": "
                        + (c.valueKey() != null ? getTranslation(c.valueKey()) : c.valueText())).collect(Collectors.joining(" · "));
        Paragraph filter = new Paragraph(getTranslation("export.filter") + ": " + conditions);
        filter.setId("export-filter");
        summary.add(layer, filter);
        if (!request.codes().isEmpty()) {
            summary.add(new Paragraph(getTranslation("export.selection", request.codes().size())));
        }
        Paragraph count = new Paragraph(getTranslation("export.count", preview.count()));
        count.setId("export-count");
        count.getStyle().set("font-weight", "600");
        summary.add(count);
        if (!preview.firstCodes().isEmpty()) {
            String more = preview.count() > preview.firstCodes().size() ? " …" : "";
            Paragraph codes = new Paragraph(getTranslation("export.first-codes") + ": " + String.join(", ", preview.firstCodes()) + more);
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
