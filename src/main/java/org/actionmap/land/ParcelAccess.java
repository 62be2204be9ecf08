package org.actionmap.land;

import org.actionmap.security.NotPermittedException;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.Role;
import org.actionmap.security.SignedInUser;
import org.actionmap.security.UnitKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Who may change which parcel, decided from where the parcel lies: staff of the zone's editing units (the land and
 * construction bureaus and the EDZ itself, configurable) edit parcels in EDZ areas; a township's staff edit the
 * parcels in their township outside the EDZ. Leaders, administrators and every other unit read. The services call
 * this before every write; views use it only to hide buttons.
 */
@Component
public class ParcelAccess {

    private final OrgUnitService units;
    private final Set<String> zoneEditorUnits;

    ParcelAccess(OrgUnitService units,
                 @Value("${actionmap.land.zone-editor-units:LAND,CONSTRUCTION,EDZ}") Set<String> zoneEditorUnits) {
        this.units = units;
        this.zoneEditorUnits = Set.copyOf(zoneEditorUnits);
    }

    /** Whether the user edits parcels anywhere: shows the "new parcel" action. */
    public boolean mayEditSomewhere(SignedInUser user) {
        OrgUnitInfo unit = unitOf(user);
        return unit != null && (zoneEditorUnits.contains(unit.code()) || unit.kind() == UnitKind.TOWNSHIP);
    }

    public boolean mayEdit(SignedInUser user, ParcelDetails parcel) {
        return mayEdit(user, new Placement(null, parcel.zoneKind(), parcel.townshipUnitId()));
    }

    boolean mayEdit(SignedInUser user, Placement placement) {
        OrgUnitInfo unit = unitOf(user);
        if (unit == null) {
            return false;
        }
        if (placement.inEdz()) {
            return zoneEditorUnits.contains(unit.code());
        }
        return unit.kind() == UnitKind.TOWNSHIP && unit.id().equals(placement.townshipId());
    }

    void requireEdit(SignedInUser user, Placement placement) {
        if (user.role() != Role.STAFF) {
            throw new NotPermittedException("error.permission.read-only");
        }
        if (!mayEdit(user, placement)) {
            throw new NotPermittedException(refusalKey(user, placement));
        }
    }

    /**
     * Why the user may not edit a parcel in this place, said from the user's side: an EDZ parcel belongs to the zone's
     * editors; a township's parcel to its township, which for the zone's own editors means "outside your zone", not
     * "outside your township" (they have none).
     */
    String refusalKey(SignedInUser user, Placement placement) {
        if (placement.inEdz()) {
            return "parcel.error.not-zone-editor";
        }
        OrgUnitInfo unit = unitOf(user);
        return unit != null && zoneEditorUnits.contains(unit.code()) ? "parcel.error.township-parcel" : "parcel.error.not-your-township";
    }

    private OrgUnitInfo unitOf(SignedInUser user) {
        if (user.role() != Role.STAFF || user.unitId() == null) {
            return null;
        }
        return units.byId().get(user.unitId());
    }
}
