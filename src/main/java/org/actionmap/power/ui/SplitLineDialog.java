package org.actionmap.power.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.common.UserMessageException;
import org.actionmap.power.PowerEditService;
import org.actionmap.power.PowerLineDetails;

import java.text.NumberFormat;
import java.util.function.Consumer;

/**
 * Confirms a split at the point the user clicked: the two lengths it makes, and the code and names of the second
 * part, which becomes a line of its own with the same voltage, kind and status.
 */
class SplitLineDialog extends Dialog {

    SplitLineDialog(PowerEditService edit, PowerLineDetails line, PowerEditService.SplitPreview at,
                    Consumer<String> split, Runnable cancelled) {
        setHeaderTitle(getTranslation("power.split.title", line.name(getLocale())));
        setId("split-dialog");
        NumberFormat km = NumberFormat.getNumberInstance(getLocale());
        km.setMinimumFractionDigits(2);
        km.setMaximumFractionDigits(2);
        Paragraph lengths = new Paragraph(getTranslation("power.split.lengths", km.format(at.firstLengthM() / 1000),
                km.format(at.secondLengthM() / 1000)));
        TextField code = new TextField(getTranslation("power.split.new-code"));
        code.setId("split-code");
        code.setValue(line.code() + "-2");
        TextField nameZh = new TextField(getTranslation("power.form.name-zh"));
        nameZh.setValue(line.nameZh() + "（二段）");
        TextField nameEn = new TextField(getTranslation("power.form.name-en"));
        nameEn.setValue(line.nameEn() + " (part 2)");
        Paragraph error = new Paragraph();
        error.setId("split-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        VerticalLayout content = new VerticalLayout(lengths, code, nameZh, nameEn, error);
        content.setPadding(false);
        add(content);
        Button save = new Button(getTranslation("power.split.confirm"), e -> {
            try {
                edit.splitLine(line.id(), line.version(), at.lon(), at.lat(), code.getValue(), nameZh.getValue(), nameEn.getValue());
                close();
                split.accept(code.getValue().trim());
            } catch (UserMessageException ex) {
                error.setText(ex.translate(this::getTranslation));
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("split-save");
        getFooter().add(new Button(getTranslation("parcel.form.cancel"), e -> {
            close();
            cancelled.run();
        }), save);
    }
}
