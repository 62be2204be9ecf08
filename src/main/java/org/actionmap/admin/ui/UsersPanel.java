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
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.*;

import java.util.Map;

/** Users: list, create, edit, disable, reset a password. */
class UsersPanel extends VerticalLayout {

    private final transient UserService users;
    private final transient OrgUnitService units;
    private final Grid<UserInfo> grid = new Grid<>();

    UsersPanel(UserService users, OrgUnitService units) {
        this.users = users;
        this.units = units;
        setSizeFull();
        setPadding(false);
        Button create = new Button(getTranslation("admin.user.new"), VaadinIcon.PLUS.create(),
                e -> openEditor(new UserInfo(null, "", "", Role.STAFF, null, "zh-CN", true, 0)));
        create.setId("new-user");
        grid.setId("users-grid");
        grid.addColumn(UserInfo::username).setHeader(getTranslation("admin.user.username")).setAutoWidth(true);
        grid.addColumn(UserInfo::displayName).setHeader(getTranslation("admin.user.display-name")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("user.role." + u.role().name())).setHeader(getTranslation("admin.user.role")).setAutoWidth(true);
        grid.addColumn(u -> unitName(u.unitId())).setHeader(getTranslation("admin.user.unit")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation("language." + u.locale())).setHeader(getTranslation("admin.user.language")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "admin.enabled" : "admin.disabled")).setHeader(getTranslation("admin.user.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();
        add(create, grid);
        expand(grid);
        refresh();
    }

    private String unitName(Long unitId) {
        if (unitId == null) {
            return "";
        }
        OrgUnitInfo unit = units.byId().get(unitId);
        return unit == null ? "" : unit.name(getLocale());
    }

    private void refresh() {
        grid.setItems(users.findAll());
    }

    private void openEditor(UserInfo user) {
        boolean isNew = user.id() == null;
        Dialog dialog = new Dialog(getTranslation(isNew ? "admin.user.new" : "admin.user.edit", user.username()));
        dialog.setWidth("min(36em, 95vw)");
        TextField username = new TextField(getTranslation("admin.user.username"));
        username.setValue(user.username());
        username.setReadOnly(!isNew);
        username.setId("user-username");
        TextField displayName = new TextField(getTranslation("admin.user.display-name"));
        displayName.setValue(user.displayName() == null ? "" : user.displayName());
        displayName.setId("user-display-name");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("admin.user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("user.role." + r.name()));
        role.setValue(user.role());
        ComboBox<OrgUnitInfo> unit = new ComboBox<>(getTranslation("admin.user.unit"));
        Map<Long, OrgUnitInfo> all = units.byId();
        unit.setItems(units.findAll().stream().filter(OrgUnitInfo::enabled).toList());
        unit.setItemLabelGenerator(u -> u.name(getLocale()) + " (" + u.code() + ")");
        unit.setValue(user.unitId() == null ? null : all.get(user.unitId()));
        unit.setClearButtonVisible(true);
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("admin.user.language"));
        language.setItems("zh-CN", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(user.locale());
        Checkbox enabled = new Checkbox(getTranslation("admin.enabled"), user.enabled());
        PasswordField password = new PasswordField(getTranslation("admin.user.password"));
        password.setId("user-password");
        FormLayout form = new FormLayout(username, displayName, role, unit, language, enabled);
        if (isNew) {
            form.add(password);
        }
        DialogError error = new DialogError();
        dialog.add(form, error);

        Button save = new Button(getTranslation("action.save"), e -> {
            UserInfo edited = new UserInfo(user.id(), username.getValue(), displayName.getValue(), role.getValue(),
                    unit.getValue() == null ? null : unit.getValue().id(), language.getValue(), enabled.getValue(), user.version());
            try {
                if (isNew) {
                    users.create(edited, password.getValue());
                } else {
                    users.update(edited);
                }
                dialog.close();
                Errors.saved();
                refresh();
            } catch (UserMessageException ex) {
                error.show(ex);
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        if (!isNew) {
            // the reset changes the account: close this form so that it is not saved over the newer version
            Button reset = new Button(getTranslation("admin.user.reset-password"), VaadinIcon.KEY.create(), e -> {
                dialog.close();
                openPasswordReset(user);
            });
            reset.setId("user-reset-password");
            dialog.getFooter().add(reset);
        }
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void openPasswordReset(UserInfo user) {
        Dialog dialog = new Dialog(getTranslation("admin.user.reset-password-for", user.username()));
        PasswordField password = new PasswordField(getTranslation("admin.user.new-password"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("admin.user.password-policy"));
        DialogError error = new DialogError();
        dialog.add(password, error);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                dialog.close();
                Errors.saved();
                refresh();
            } catch (UserMessageException ex) {
                error.show(ex);
            }
        });
        save.setId("reset-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
