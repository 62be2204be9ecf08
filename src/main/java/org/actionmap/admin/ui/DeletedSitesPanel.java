package org.actionmap.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.actionmap.common.UserMessageException;
import org.actionmap.site.DeletedSite;
import org.actionmap.site.SiteEditService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Sites that staff deleted, newest first; the administrator restores one when it was deleted by mistake. */
class DeletedSitesPanel extends VerticalLayout {

    private final transient SiteEditService sites;
    private final Grid<DeletedSite> grid = new Grid<>();

    DeletedSitesPanel(SiteEditService sites) {
        this.sites = sites;
        setSizeFull();
        setPadding(false);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("deleted-sites");
        grid.setEmptyStateText(getTranslation("site.admin.none"));
        grid.addColumn(DeletedSite::code).setHeader(getTranslation("site.code")).setAutoWidth(true);
        grid.addColumn(s -> s.name(getLocale())).setHeader(getTranslation("site.name")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation("site.kind." + s.kind().name())).setHeader(getTranslation("site.kind")).setAutoWidth(true);
        grid.addColumn(s -> time.format(s.deletedAt())).setHeader(getTranslation("admin.deleted-parcels.when")).setAutoWidth(true);
        grid.addColumn(DeletedSite::deletedBy).setHeader(getTranslation("admin.deleted-parcels.by")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button restore = new Button(getTranslation("admin.deleted-parcels.restore"), e -> restore(s));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.addClassName("restore-site");
            return restore;
        }).setAutoWidth(true).setKey("restore");
        add(new Paragraph(getTranslation("site.admin.hint")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(sites.deleted());
    }

    private void restore(DeletedSite site) {
        try {
            sites.restore(site.id());
            Notification.show(getTranslation("site.admin.restored", site.code()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (UserMessageException e) {
            Errors.show(e);
        }
    }
}
