package org.actionmap.importexport.imports;

import org.actionmap.common.UserMessageException;
import org.actionmap.land.ZoneDraft;
import org.actionmap.land.ZoneEditService;
import org.actionmap.land.ZoneKind;
import org.springframework.stereotype.Component;

/**
 * Zones from a file (EDZ areas, township parks, township outlines), through {@link ZoneEditService#create}: the land
 * module's field, unit and outline checks, its administrators-only rule, and the re-placing of the parcels under a new
 * zone. The kind is read as its code ({@code TOWNSHIP_PARK}) or as the label the wizard shows in either language.
 */
@Component
class ZoneWriter implements TargetWriter {

    private final ZoneEditService zones;

    ZoneWriter(ZoneEditService zones) {
        this.zones = zones;
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.ZONES;
    }

    @Override
    public boolean mayWrite() {
        return zones.mayCreate();
    }

    @Override
    public void write(StagedFeature feature, ImportMapping mapping) {
        zones.create(new ZoneDraft(mapping.valueOf(feature, "code"), kind(mapping.valueOf(feature, "kind")),
                mapping.valueOf(feature, "nameZh"), mapping.valueOf(feature, "nameEn"), mapping.valueOf(feature, "zoneUnit"),
                feature.geometry()));
    }

    /** The kind a value names by code or label; null stays null (the zone module refuses it), anything else is refused. */
    static ZoneKind kind(String value) {
        return SiteWriter.choice(ZoneKind.class, "kind", "import.value.kind.", value);
    }

    /**
     * Which zones of a file must not overlap each other: township outlines, and EDZ areas and parks, as the zone module
     * refuses them (a park in a township's outline is fine). A kind the layer does not know groups by its value (the
     * zone module refuses such a feature anyway).
     */
    static String overlapGroup(String kindValue) {
        try {
            ZoneKind kind = kind(kindValue);
            return kind == null ? "" : kind.outline() ? "outline" : "inside";
        } catch (UserMessageException e) {
            return kindValue;
        }
    }
}
