package org.actionmap.security;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
     * What one user may write, worked out once: their unit, the groups above it, and which units are groups. A page
     * that asks about many targets takes a scope instead of asking the database per target.
     */
    public Scope scope(SignedInUser user) {
        if (user.role() != Role.STAFF || user.unitId() == null) {
            return new Scope(null, Set.of(), Set.of());
        }
        Set<Long> groups = units.findAll().stream().filter(u -> u.kind() == UnitKind.GROUP)
                .map(OrgUnitInfo::id).collect(Collectors.toSet());
        return new Scope(user.unitId(), units.selfAndAncestorIds(user.unitId()), groups);
    }

    /** The permission answers for one user, without further queries. */
    public record Scope(Long unitId, Set<Long> selfAndGroups, Set<Long> groupIds) {

        /**
         * Unit staff write what their unit is responsible or cooperating for. A township's staff also act for the
         * group that stands for all townships ("towns, townships and subdistricts"), a bureau for "all departments".
         */
        public boolean mayWriteFor(Collection<Long> unitsInCharge) {
            return unitId != null && selfAndGroups.stream().anyMatch(unitsInCharge::contains);
        }

        /**
         * Progress on a target is reported by its reporting unit only. When that unit is a group (the towns), each
         * member reports its own share: the result is the unit the entry counts for.
         */
        public Optional<Long> reportingUnit(Long reporterUnitId) {
            if (unitId == null) {
                return Optional.empty();
            }
            if (unitId.equals(reporterUnitId)) {
                return Optional.of(reporterUnitId);
            }
            boolean memberOfReportingGroup = groupIds.contains(reporterUnitId) && selfAndGroups.contains(reporterUnitId);
            return memberOfReportingGroup ? Optional.of(unitId) : Optional.empty();
        }
    }

    public boolean mayWriteFor(SignedInUser user, Collection<Long> unitsInCharge) {
        return scope(user).mayWriteFor(unitsInCharge);
    }

    public Optional<Long> reportingUnit(SignedInUser user, Long reporterUnitId) {
        return scope(user).reportingUnit(reporterUnitId);
    }

    /** The unit a progress entry counts for, or a refusal: leaders read, other units' targets are not theirs. */
    public Long requireReporter(SignedInUser user, Long reporterUnitId) {
        if (user.role() == Role.LEADER) {
            throw new NotPermittedException("error.permission.read-only");
        }
        return reportingUnit(user, reporterUnitId).orElseThrow(() ->
                new NotPermittedException("error.permission.not-reporter", units.byId().get(reporterUnitId).name(user.locale())));
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
