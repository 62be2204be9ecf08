package org.actionmap.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.UnitKind;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Organisation units: names in both languages, the group they belong to, and the aliases plan documents use. */
class UnitsPanel extends VerticalLayout {

    private final transient OrgUnitService units;
    private final Grid<OrgUnitInfo> grid = new Grid<>();

    UnitsPanel(OrgUnitService units) {
        this.units = units;
        setSizeFull();
        setPadding(false);
        Button create = new Button(getTranslation("admin.unit.new"), VaadinIcon.PLUS.create(),
                e -> openEditor(new OrgUnitInfo(null, "", UnitKind.BUREAU, null, null, "", "", true, Set.of(), 0)));
        create.setId("new-unit");
        grid.setId("units-grid");
        grid.addColumn(OrgUnitInfo::code).setHeader(getTranslation("admin.unit.code")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("unit.kind." + u.kind().name())).setHeader(getTranslation("admin.unit.kind")).setAutoWidth(true);
        grid.addColumn(OrgUnitInfo::nameZh).setHeader(getTranslation("admin.unit.name-zh")).setFlexGrow(1);
        grid.addColumn(OrgUnitInfo::nameEn).setHeader(getTranslation("admin.unit.name-en")).setFlexGrow(1);
        grid.addColumn(u -> parentName(u.parentId())).setHeader(getTranslation("admin.unit.parent")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.enabled() ? "admin.enabled" : "admin.disabled")).setHeader(getTranslation("admin.user.state")).setAutoWidth(true);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();
        add(create, grid);
        expand(grid);
        refresh();
    }

    private String parentName(Long parentId) {
        OrgUnitInfo parent = parentId == null ? null : units.byId().get(parentId);
        return parent == null ? "" : parent.name(getLocale());
    }

    private void refresh() {
        grid.setItems(units.findAll());
    }

    private void openEditor(OrgUnitInfo unit) {
        Dialog dialog = new Dialog(getTranslation(unit.id() == null ? "admin.unit.new" : "admin.unit.edit", unit.code()));
        dialog.setWidth("min(40em, 95vw)");
        TextField code = new TextField(getTranslation("admin.unit.code"));
        code.setValue(unit.code());
        code.setId("unit-code");
        Select<UnitKind> kind = new Select<>();
        kind.setLabel(getTranslation("admin.unit.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("unit.kind." + k.name()));
        kind.setValue(unit.kind());
        TextField nameZh = new TextField(getTranslation("admin.unit.name-zh"));
        nameZh.setValue(unit.nameZh());
        nameZh.setId("unit-name-zh");
        TextField nameEn = new TextField(getTranslation("admin.unit.name-en"));
        nameEn.setValue(unit.nameEn());
        nameEn.setId("unit-name-en");
        Map<Long, OrgUnitInfo> all = units.byId();
        ComboBox<OrgUnitInfo> parent = new ComboBox<>(getTranslation("admin.unit.parent"));
        parent.setItems(all.values().stream().filter(u -> u.kind() == UnitKind.GROUP && !u.id().equals(unit.id())).toList());
        parent.setItemLabelGenerator(u -> u.name(getLocale()));
        parent.setValue(unit.parentId() == null ? null : all.get(unit.parentId()));
        parent.setClearButtonVisible(true);
        TextField nbs = new TextField(getTranslation("admin.unit.nbs-code"));
        nbs.setValue(unit.nbsCode() == null ? "" : unit.nbsCode());
        TextArea aliases = new TextArea(getTranslation("admin.unit.aliases"));
        aliases.setHelperText(getTranslation("admin.unit.aliases-help"));
        aliases.setValue(String.join("\n", unit.aliases()));
        Checkbox enabled = new Checkbox(getTranslation("admin.enabled"), unit.enabled());
        FormLayout form = new FormLayout(code, kind, nameZh, nameEn, parent, nbs, aliases, enabled);
        form.setColspan(aliases, 2);
        DialogError error = new DialogError();
        dialog.add(form, error);

        Button save = new Button(getTranslation("action.save"), e -> {
            Set<String> aliasSet = Arrays.stream(aliases.getValue().split("\\R"))
                    .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
            try {
                units.save(new OrgUnitInfo(unit.id(), code.getValue(), kind.getValue(),
                        parent.getValue() == null ? null : parent.getValue().id(), nbs.getValue(), nameZh.getValue(),
                        nameEn.getValue(), enabled.getValue(), aliasSet, unit.version()));
                dialog.close();
                Errors.saved();
                refresh();
            } catch (UserMessageException ex) {
                error.show(ex);
            }
        });
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
