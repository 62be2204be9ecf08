package org.actionmap.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.actionmap.common.UserMessageException;
import org.actionmap.power.DeletedPowerFeature;
import org.actionmap.power.PowerEditService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Substations and lines that the power bureau deleted, newest first; the administrator restores one. */
class DeletedPowerFeaturesPanel extends VerticalLayout {

    private final transient PowerEditService power;
    private final Grid<DeletedPowerFeature> grid = new Grid<>();

    DeletedPowerFeaturesPanel(PowerEditService power) {
        this.power = power;
        setSizeFull();
        setPadding(false);
        boolean chinese = "zh".equals(getLocale().getLanguage());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("deleted-power-features");
        grid.setEmptyStateText(getTranslation("admin.deleted-power.none"));
        grid.addColumn(f -> getTranslation("admin.deleted-power.kind." + f.kind().name())).setHeader(getTranslation("power.kind")).setAutoWidth(true);
        grid.addColumn(DeletedPowerFeature::code).setHeader(getTranslation("parcel.code")).setAutoWidth(true);
        grid.addColumn(f -> chinese ? f.nameZh() : f.nameEn()).setHeader(getTranslation("parcel.name")).setFlexGrow(1);
        grid.addColumn(f -> time.format(f.deletedAt())).setHeader(getTranslation("admin.deleted-parcels.when")).setAutoWidth(true);
        grid.addColumn(DeletedPowerFeature::deletedBy).setHeader(getTranslation("admin.deleted-parcels.by")).setAutoWidth(true);
        grid.addComponentColumn(f -> {
            Button restore = new Button(getTranslation("admin.deleted-parcels.restore"), e -> restore(f));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.addClassName("restore-power-feature");
            return restore;
        }).setAutoWidth(true).setKey("restore");
        add(new Paragraph(getTranslation("admin.deleted-power.hint")), grid);
        grid.setItems(power.deleted());
    }

    private void restore(DeletedPowerFeature feature) {
        try {
            power.restore(feature.kind(), feature.id());
            Notification.show(getTranslation("admin.deleted-power.restored", feature.code()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.setItems(power.deleted());
        } catch (UserMessageException e) {
            Errors.show(e);
        }
    }
}
