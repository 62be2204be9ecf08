package org.actionmap.dashboard.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.QuantityFormat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * The monthly report, opened from the dashboard with the month chosen there: generates that month's PDF and workbook
 * in the user's language (in the background, with a progress indicator, the links appearing when done) and lists the
 * reports kept at each month's end to download. Downloads go through Vaadin download handlers of this signed-in UI,
 * and the service checks the sign-in again when the bytes are read.
 */
public class MonthlyReportsDialog extends Dialog {

    private final MonthlyReportService reports;
    private final int month;
    private final Button generate = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final HorizontalLayout generated = new HorizontalLayout();
    private final Grid<KeptMonth> kept = new Grid<>();

    public MonthlyReportsDialog(MonthlyReportService reports, int month) {
        this.reports = reports;
        this.month = month;
        int year = reports.year();
        setHeaderTitle(getTranslation("report.dialog.title", QuantityFormat.month(year, month, getLocale())));
        setWidth("min(720px, 95vw)");

        generate.setText(getTranslation("report.dialog.generate"));
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> start());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        generated.setSpacing(true);

        kept.addColumn(k -> QuantityFormat.month(year, k.month(), getLocale())).setHeader(getTranslation("report.dialog.month"));
        kept.addColumn(k -> getTranslation("report.language." + k.localeTag())).setHeader(getTranslation("report.dialog.language"));
        kept.addComponentColumn(k -> link(k.files().get(ReportFormat.PDF))).setHeader("PDF").setKey("pdf");
        kept.addComponentColumn(k -> link(k.files().get(ReportFormat.XLSX))).setHeader("Excel").setKey("xlsx");
        kept.addThemeVariants(GridVariant.LUMO_COMPACT);
        kept.setAllRowsVisible(true);

        VerticalLayout content = new VerticalLayout(
                new H4(getTranslation("report.dialog.this-month")),
                new Span(getTranslation("report.dialog.explained")),
                new HorizontalLayout(generate, status), progress, generated,
                new H4(getTranslation("report.dialog.kept")),
                new Span(getTranslation("report.dialog.kept-explained")), kept);
        content.setPadding(false);
        add(content);
        Button close = new Button(getTranslation("report.dialog.close"), e -> close());
        getFooter().add(close);
        refreshKept();
    }

    private void start() {
        UI ui = UI.getCurrent();
        generate.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("report.dialog.running"));
        generated.removeAll();
        reports.generate(month, getLocale()).whenComplete((files, error) -> ui.access(() -> {
            progress.setVisible(false);
            generate.setEnabled(true);
            if (error != null) {
                status.setText("");
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                String message = cause instanceof UserMessageException refusal
                        ? getTranslation(refusal.messageKey(), refusal.args()) : getTranslation("report.error.failed");
                Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            status.setText(getTranslation("report.dialog.done"));
            files.forEach(file -> generated.add(link(file)));
        }));
    }

    private void refreshKept() {
        Map<String, KeptMonth> byMonth = new LinkedHashMap<>();
        for (StoredReport report : reports.monthEndReports()) {
            byMonth.computeIfAbsent(report.month() + "/" + report.localeTag(),
                    k -> new KeptMonth(report.month(), report.localeTag(), new java.util.EnumMap<>(ReportFormat.class)))
                    .files().put(report.format(), report);
        }
        List<KeptMonth> rows = new ArrayList<>(byMonth.values());
        kept.setItems(rows);
    }

    /** A link that downloads a kept report, named by its file name. */
    private com.vaadin.flow.component.Component link(StoredReport report) {
        if (report == null) {
            return new Div();
        }
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            try {
                return reports.content(report.id())
                        .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), report.fileName(),
                                report.format().contentType(), bytes.length))
                        .orElse(DownloadResponse.error(404));
            } catch (RuntimeException refused) {
                return DownloadResponse.error(403);
            }
        });
        Anchor anchor = new Anchor(download, report.fileName());
        anchor.getElement().setAttribute("title", getTranslation("report.dialog.download"));
        return anchor;
    }

    /** A month and language of the kept reports, with its PDF and workbook. */
    record KeptMonth(int month, String localeTag, Map<ReportFormat, StoredReport> files) {
    }
}
