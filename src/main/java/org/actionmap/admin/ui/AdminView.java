package org.actionmap.admin.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.actionmap.land.ParcelEditService;
import org.actionmap.power.PowerEditService;
import org.actionmap.plan.PlanImportService;
import org.actionmap.plan.PlanService;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.UserService;
import org.actionmap.shell.MainLayout;
import org.actionmap.site.SiteEditService;

/** Administration: user accounts, organisation units, the plan document, and deleted parcels, power features and sites to restore. */
@Route(value = "admin", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    public AdminView(UserService users, OrgUnitService units, PlanService plans, PlanImportService planImport,
                     ParcelEditService parcels, PowerEditService power, SiteEditService sites) {
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("admin-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("admin.tab.users"), new UsersPanel(users, units));
        tabs.add(getTranslation("admin.tab.units"), new UnitsPanel(units));
        tabs.add(getTranslation("admin.tab.plan"), new PlanDocumentPanel(plans, planImport));
        tabs.add(getTranslation("admin.tab.deleted-parcels"), new DeletedParcelsPanel(parcels));
        tabs.add(getTranslation("admin.tab.deleted-power"), new DeletedPowerFeaturesPanel(power));
        tabs.add(getTranslation("site.admin.tab"), new DeletedSitesPanel(sites));
        add(new H2(getTranslation("nav.admin")), tabs);
        expand(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin") + " · " + getTranslation("app.name");
    }
}
