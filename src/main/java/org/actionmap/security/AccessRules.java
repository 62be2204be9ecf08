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

    /**
     * Progress on a target is reported by its reporting unit only. When that unit is a group (the towns), each
     * member reports its own share; the result is the unit the entry counts for, or a refusal.
     */
    public Long requireReporter(SignedInUser user, Long reporterUnitId) {
        if (user.role() == Role.LEADER) {
            throw new NotPermittedException("error.permission.read-only");
        }
        return reportingUnit(user, reporterUnitId).orElseThrow(() ->
                new NotPermittedException("error.permission.not-reporter", units.byId().get(reporterUnitId).name(user.locale())));
    }

    /** The unit a user reports a target for: the reporting unit itself, or the user's own unit within a reporting group. */
    public java.util.Optional<Long> reportingUnit(SignedInUser user, Long reporterUnitId) {
        if (user.role() != Role.STAFF || user.unitId() == null) {
            return java.util.Optional.empty();
        }
        if (user.unitId().equals(reporterUnitId)) {
            return java.util.Optional.of(reporterUnitId);
        }
        OrgUnitInfo reporter = units.byId().get(reporterUnitId);
        boolean memberOfReportingGroup = reporter != null && reporter.kind() == UnitKind.GROUP
                && units.selfAndAncestorIds(user.unitId()).contains(reporterUnitId);
        return memberOfReportingGroup ? java.util.Optional.of(user.unitId()) : java.util.Optional.empty();
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
