package org.actionmap.security;

import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * Every permission rule of ActionMap, in one place. Services call these before each write; views may call
 * them to hide what would be refused anyway, but never instead of the service's check.
 */
@Component
public class AccessRules {

    private final OrgUnitService units;

    AccessRules(OrgUnitService units) {
        this.units = units;
    }

    public boolean isAdmin(SignedInUser user) {
        return user.role() == Role.ADMIN;
    }

    public void requireAdmin(SignedInUser user) {
        if (!isAdmin(user)) {
            throw new NotPermittedException("error.permission.admin-only");
        }
    }

    /**
     * Unit staff write what their unit is responsible or cooperating for. A township's staff also act for the
     * group that stands for all townships ("towns, townships and subdistricts"), a bureau for "all departments".
     */
    public boolean mayWriteFor(SignedInUser user, Collection<Long> unitsInCharge) {
        if (user.role() != Role.STAFF || user.unitId() == null) {
            return false;
        }
        return units.selfAndAncestorIds(user.unitId()).stream().anyMatch(unitsInCharge::contains);
    }

    public void requireWriteFor(SignedInUser user, Collection<Long> unitsInCharge) {
        if (user.role() == Role.LEADER) {
            throw new NotPermittedException("error.permission.read-only");
        }
        if (!mayWriteFor(user, unitsInCharge)) {
            throw new NotPermittedException("error.permission.not-your-unit");
        }
    }
}
