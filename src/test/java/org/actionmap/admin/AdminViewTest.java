package org.actionmap.admin;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.actionmap.KaribuTestBase;
import org.actionmap.admin.ui.AdminView;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.UserInfo;
import org.actionmap.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The administration view: accounts are created and reset through the UI and only by administrators. */
class AdminViewTest extends KaribuTestBase {

    @Autowired
    UserService users;

    @Test
    void anAdministratorCreatesAUnitStaffAccount() {
        signIn("admin");
        UI.getCurrent().navigate("admin");
        _assertOne(AdminView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        int before = GridKt._size(grid);

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "zhuge");
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "诸葛镇 工作人员");
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitInfo> unit = _get(ComboBox.class, spec -> spec.withLabel("所属单位"));
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.code().equals("ZHUGE")).findFirst().orElseThrow());
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "zhuge-2011");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("users-grid")))).isEqualTo(before + 1);
        UserInfo created = runAs.user("admin", () -> users.findAll()).stream()
                .filter(u -> u.username().equals("zhuge")).findFirst().orElseThrow();
        assertThat(created.unitId()).isNotNull();
        assertThat(created.locale()).isEqualTo("zh-CN");
    }

    @Test
    void aTooShortPasswordIsRefusedAndNoAccountIsCreated() {
        signIn("admin");
        UI.getCurrent().navigate("admin");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "shorty");
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Shorty");
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "abc");
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitInfo> unit = _get(ComboBox.class, spec -> spec.withLabel("所属单位"));
        unit.setValue(unit.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("dialog-error")).getText())
                .isEqualTo("密码至少需要 8 个字符。");
        assertThat(runAs.user("admin", () -> users.findAll())).extracting(UserInfo::username).doesNotContain("shorty");
    }

    @Test
    void anUploadedMalformedDocumentIsListedLineByLineAndNothingIsLoaded() throws Exception {
        signIn("admin");
        UI.getCurrent().navigate("admin");
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("admin-tabs")).setSelectedIndex(2);
        String before = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("current-plan")).getText();
        String text = new String(new org.springframework.core.io.ClassPathResource("demo/lanxi-2011/plan.txt")
                .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("3. Optimize the layout", "5. Optimize the layout");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(
                _get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("plan-document-upload")),
                "plan.txt", "text/plain", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withLabel("计划年度")), 2008);
        _click(_get(Button.class, spec -> spec.withId("plan-load")));

        @SuppressWarnings("unchecked")
        Grid<org.actionmap.plan.PlanImportService.ImportProblem> problems = _get(Grid.class, spec -> spec.withId("plan-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(GridKt._size(problems)).isPositive();
        assertThat(GridKt._get(problems, 0).key()).startsWith("plan.document.error.task-number");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("current-plan")).getText()).isEqualTo(before);
    }

    @Test
    void unitStaffCannotOpenTheAdministration() {
        signIn("land");
        // the view's @RolesAllowed("ADMIN") refuses the navigation before the view is built
        UI.getCurrent().navigate("admin");
        assertThat(_find(AdminView.class)).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("error-title")).getText())
                .isIn("无权访问", "页面不存在");
    }
}
