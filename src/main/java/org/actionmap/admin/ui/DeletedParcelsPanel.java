package org.actionmap.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.actionmap.common.UserMessageException;
import org.actionmap.land.DeletedParcel;
import org.actionmap.land.ParcelEditService;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Parcels that staff deleted, newest first; the administrator restores one when it was deleted by mistake. */
class DeletedParcelsPanel extends VerticalLayout {

    private final transient ParcelEditService parcels;
    private final Grid<DeletedParcel> grid = new Grid<>();

    DeletedParcelsPanel(ParcelEditService parcels) {
        this.parcels = parcels;
        setSizeFull();
        setPadding(false);
        Paragraph hint = new Paragraph(getTranslation("admin.deleted-parcels.hint"));
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("deleted-parcels");
        grid.setEmptyStateText(getTranslation("admin.deleted-parcels.none"));
        grid.addColumn(DeletedParcel::code).setHeader(getTranslation("parcel.code")).setAutoWidth(true);
        grid.addColumn(DeletedParcel::name).setHeader(getTranslation("parcel.name")).setFlexGrow(1);
        grid.addColumn(p -> number.format(p.areaM2() / (10000.0 / 15))).setHeader(getTranslation("parcel.area-mu")).setAutoWidth(true);
        grid.addColumn(p -> time.format(p.deletedAt())).setHeader(getTranslation("admin.deleted-parcels.when")).setAutoWidth(true);
        grid.addColumn(DeletedParcel::deletedBy).setHeader(getTranslation("admin.deleted-parcels.by")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            Button restore = new Button(getTranslation("admin.deleted-parcels.restore"), e -> restore(p));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.addClassName("restore-parcel");
            return restore;
        }).setAutoWidth(true);
        add(hint, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(parcels.deleted());
    }

    private void restore(DeletedParcel parcel) {
        try {
            parcels.restore(parcel.id());
            com.vaadin.flow.component.notification.Notification.show(getTranslation("admin.deleted-parcels.restored", parcel.code()),
                    3000, com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START)
                    .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (UserMessageException e) {
            Errors.show(e);
        }
    }
}
