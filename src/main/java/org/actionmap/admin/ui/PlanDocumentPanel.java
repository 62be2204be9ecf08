package org.actionmap.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.actionmap.common.UserMessageException;
import org.actionmap.plan.PlanImportService;
import org.actionmap.plan.PlanImportService.ImportProblem;
import org.actionmap.plan.PlanImportService.LoadedPlan;
import org.actionmap.plan.PlanService;
import org.actionmap.shell.UploadTexts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Loads a plan document (and the catalogue of its targets). Nothing is stored until both read cleanly; otherwise
 * every problem is listed with its line.
 */
class PlanDocumentPanel extends VerticalLayout {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final transient PlanImportService planImport;
    private final Paragraph current = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Span documentName = new Span();
    private final Span catalogueName = new Span();
    private final IntegerField year = new IntegerField();
    private byte[] document;
    private byte[] catalogue;

    PlanDocumentPanel(PlanService plans, PlanImportService planImport) {
        this.planImport = planImport;
        setPadding(false);
        current.setId("current-plan");
        showCurrent();

        Upload documentUpload = upload(".txt", (name, bytes) -> {
            document = bytes;
            documentName.setText(name);
        }, () -> {
            document = null;
            documentName.setText("");
        });
        documentUpload.setId("plan-document-upload");
        Upload catalogueUpload = upload(".yaml,.yml", (name, bytes) -> {
            catalogue = bytes;
            catalogueName.setText(name);
        }, () -> {
            catalogue = null;
            catalogueName.setText("");
        });
        catalogueUpload.setId("plan-catalogue-upload");

        year.setLabel(getTranslation("admin.plan.year"));
        year.setHelperText(getTranslation("admin.plan.year-help"));
        year.setMin(1990);
        year.setMax(2100);

        Button load = new Button(getTranslation("admin.plan.load"), e -> load());
        load.setId("plan-load");
        load.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        problems.setId("plan-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(p -> p.line() > 0 ? String.valueOf(p.line()) : "").setHeader(getTranslation("admin.plan.line")).setWidth("6em").setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.key(), p.args().toArray())).setHeader(getTranslation("admin.plan.problem"));
        problems.setAllRowsVisible(true);
        problems.setVisible(false);

        add(new H4(getTranslation("admin.plan.current")), current,
                new H4(getTranslation("admin.plan.document")), documentUpload, documentName,
                new H4(getTranslation("admin.plan.catalogue")), new Paragraph(getTranslation("admin.plan.catalogue-help")),
                catalogueUpload, catalogueName, year, load, problems);
    }

    private interface Received {
        void accept(String name, byte[] bytes);
    }

    /** An upload of one file kept in memory; removing or replacing it in the widget forgets the earlier file. */
    private Upload upload(String accept, Received received, Runnable forget) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                received.accept(metadata.fileName(), bytes)));
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRemovedListener(e -> forget.run());
        upload.addStartedListener(e -> forget.run());
        upload.setAcceptedFileTypes(accept.split(","));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> {
            forget.run();
            Errors.show(new UserMessageException("admin.plan.file-rejected", MAX_FILE_BYTES / 1024 / 1024));
        });
        return upload;
    }

    private void showCurrent() {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        current.setText(planImport.loadedPlan().map((LoadedPlan p) -> getTranslation("admin.plan.current-text", p.year(),
                        p.taskCount(), p.targetCount(), p.entryCount(), p.loadedBy(), time.format(p.loadedAt()))
                        // say before any upload that a plan with reports cannot be replaced
                        + (p.entryCount() > 0 ? " " + getTranslation("admin.plan.locked", p.year()) : ""))
                .orElse(getTranslation("plan.none-loaded")));
    }

    private void load() {
        problems.setVisible(false);
        if (document == null) {
            Errors.show(new UserMessageException("admin.plan.document-missing"));
            return;
        }
        try {
            LoadedPlan loaded = planImport.importPlan(document, catalogue, year.getValue());
            Errors.saved();
            current.setText(getTranslation("admin.plan.loaded", loaded.year(), loaded.taskCount(), loaded.targetCount()));
            showCurrent();
        } catch (PlanImportService.PlanImportException e) {
            problems.setItems(e.problems());
            problems.setVisible(true);
            Errors.show(e);
        } catch (UserMessageException e) {
            Errors.show(e);
        }
    }
}
