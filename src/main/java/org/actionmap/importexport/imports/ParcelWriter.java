package org.actionmap.importexport.imports;

import org.actionmap.common.UserMessageException;
import org.actionmap.land.ParcelDraft;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelPurpose;
import org.actionmap.land.ParcelStatus;
import org.actionmap.plan.ReportingCalendar;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * Parcels from a file, through {@link ParcelEditService#save}: the same field, geometry, overlap and permission checks
 * as a parcel drawn on the map. A parcel comes in at its workflow's first step: new land planned, idle land identified
 * on the reporting date; later steps are recorded in the parcel's form, with their dates.
 */
@Component
class ParcelWriter implements TargetWriter {

    private final ParcelEditService parcels;
    private final ReportingCalendar calendar;

    ParcelWriter(ParcelEditService parcels, ReportingCalendar calendar) {
        this.parcels = parcels;
        this.calendar = calendar;
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.PARCELS;
    }

    @Override
    public boolean mayWrite() {
        return parcels.mayEditSomewhere();
    }

    @Override
    public void write(StagedFeature feature, ImportMapping mapping) {
        String code = mapping.valueOf(feature, "code");
        String name = mapping.valueOf(feature, "name");
        ParcelPurpose purpose;
        try {
            purpose = ParcelPurpose.valueOf(String.valueOf(mapping.valueOf(feature, "purpose")));
        } catch (IllegalArgumentException e) {
            throw new UserMessageException("import.problem.value", "purpose", String.valueOf(mapping.valueOf(feature, "purpose")));
        }
        String landUse = mapping.valueOf(feature, "landUse");
        if (landUse != null && !ImportTarget.PARCELS.choices("landUse").contains(landUse)) {
            throw new UserMessageException("import.problem.value", "landUse", landUse);
        }
        ParcelStatus first = purpose == ParcelPurpose.IDLE_LAND ? ParcelStatus.IDENTIFIED : ParcelStatus.PLANNED;
        Map<ParcelStatus, java.time.LocalDate> steps = first == ParcelStatus.PLANNED ? Map.of() : Map.of(first, calendar.today());
        parcels.save(new ParcelDraft(null, 0, code, name != null ? name : code, landUse, purpose, first, steps, Set.of(),
                mapping.valueOf(feature, "notes"), feature.geometry()));
    }
}
