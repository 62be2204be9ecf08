package org.actionmap.importexport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.actionmap.importexport.imports.ImportService;
import org.actionmap.shell.HeaderItem;

/** An "Import" button in every page's header for those who may write some layer; nothing for readers. */
@org.springframework.stereotype.Component
class ImportHeaderItem implements HeaderItem {

    private final ImportService imports;

    ImportHeaderItem(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public Component create() {
        if (!imports.mayImport()) {
            return new Span();
        }
        Button button = new Button(VaadinIcon.UPLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setText(button.getTranslation("import.nav"));
        button.setId("import-nav");
        button.addClickListener(e -> button.getUI().ifPresent(ui -> ui.navigate("import")));
        return button;
    }
}
