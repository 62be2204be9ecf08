package org.actionmap.site;

import org.actionmap.security.NotPermittedException;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.Role;
import org.actionmap.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who may change a site: the staff of its responsible unit, nobody else. Leaders, administrators and every other
 * unit read. The edit service calls this for the unit before and after a change, so that nobody hands a site to
 * another unit and keeps editing it, nor creates one for another unit; views use it only to hide buttons.
 */
@Component
class SiteAccess {

    private final OrgUnitService units;

    SiteAccess(OrgUnitService units) {
        this.units = units;
    }

    /** Whether the user may create sites at all (for their own unit): shows the "new site" action. */
    boolean mayCreate(SignedInUser user) {
        return user.role() == Role.STAFF && user.unitId() != null;
    }

    boolean mayEdit(SignedInUser user, Long responsibleUnitId) {
        return mayCreate(user) && user.unitId().equals(responsibleUnitId);
    }

    /** Leaders and administrators read: refused before anything else is looked at. */
    void requireStaff(SignedInUser user) {
        if (user.role() != Role.STAFF) {
            throw new NotPermittedException("error.permission.read-only");
        }
    }

    void requireEdit(SignedInUser user, Long responsibleUnitId) {
        requireStaff(user);
        if (!mayEdit(user, responsibleUnitId)) {
            OrgUnitInfo unit = responsibleUnitId == null ? null : units.byId().get(responsibleUnitId);
            throw new NotPermittedException("site.error.not-responsible", unit == null ? "—" : unit.name(user.locale()));
        }
    }
}
