package org.actionmap.security;

import org.actionmap.common.UserMessageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Organisation units: bureaus, zones, townships and the groups that stand for several of them. */
@Service
public class OrgUnitService {

    private final OrgUnitRepository repository;
    private final CurrentUser currentUser;
    private final AccessRules rules;

    OrgUnitService(OrgUnitRepository repository, CurrentUser currentUser, @org.springframework.context.annotation.Lazy AccessRules rules) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public List<OrgUnitInfo> findAll() {
        return repository.findAll().stream().map(OrgUnit::toInfo)
                .sorted(Comparator.comparing(OrgUnitInfo::kind).thenComparing(OrgUnitInfo::code))
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, OrgUnitInfo> byId() {
        return repository.findAll().stream().map(OrgUnit::toInfo)
                .collect(Collectors.toMap(OrgUnitInfo::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<OrgUnitInfo> findByCode(String code) {
        return repository.findByCode(code).map(OrgUnit::toInfo);
    }

    /** The unit a plan document means by a phrase such as "towns and villages", matched on code, names and aliases. */
    @Transactional(readOnly = true)
    public Optional<OrgUnitInfo> resolvePhrase(String phrase) {
        String wanted = OrgUnitNames.normalize(phrase);
        return repository.findAll().stream()
                .filter(u -> u.toInfo().enabled())
                .filter(u -> matches(u.toInfo(), wanted))
                .map(OrgUnit::toInfo)
                .findFirst();
    }

    private static boolean matches(OrgUnitInfo unit, String normalized) {
        return OrgUnitNames.normalize(unit.nameEn()).equals(normalized)
                || OrgUnitNames.normalize(unit.nameZh()).equals(normalized)
                || unit.code().equalsIgnoreCase(normalized)
                || unit.aliases().stream().anyMatch(a -> OrgUnitNames.normalize(a).equals(normalized));
    }

    /** How many enabled members each group has; units that are not groups stand for themselves alone. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> groupSizes() {
        Map<Long, Integer> sizes = new HashMap<>();
        List<OrgUnitInfo> all = repository.findAll().stream().map(OrgUnit::toInfo).toList();
        for (OrgUnitInfo unit : all) {
            if (unit.kind() == UnitKind.GROUP) {
                sizes.put(unit.id(), (int) all.stream().filter(u -> unit.id().equals(u.parentId()) && u.enabled()).count());
            }
        }
        return sizes;
    }

    /** The unit itself and every group above it. */
    @Transactional(readOnly = true)
    public Set<Long> selfAndAncestorIds(Long unitId) {
        Map<Long, OrgUnitInfo> all = byId();
        Set<Long> result = new LinkedHashSet<>();
        Long current = unitId;
        while (current != null && result.add(current)) {
            OrgUnitInfo unit = all.get(current);
            current = unit == null ? null : unit.parentId();
        }
        return result;
    }

    /** Creates or updates a unit (administrators only). A stale form is refused rather than overwriting a colleague's change. */
    @Transactional
    public OrgUnitInfo save(OrgUnitInfo edited) {
        rules.requireAdmin(currentUser.require());
        String code = edited.code() == null ? "" : edited.code().trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{1,63}")) {
            throw new UserMessageException("error.unit.code-invalid");
        }
        if (blank(edited.nameZh()) || blank(edited.nameEn())) {
            throw new UserMessageException("error.unit.name-required");
        }
        OrgUnit unit = edited.id() == null ? new OrgUnit(code, edited.kind()) : repository.findById(edited.id())
                .orElseThrow(() -> new UserMessageException("error.stale"));
        if (edited.id() != null && unit.getVersion() != edited.version()) {
            throw new UserMessageException("error.stale");
        }
        repository.findByCode(code).filter(other -> !other.getId().equals(edited.id())).ifPresent(other -> {
            throw new UserMessageException("error.unit.code-taken", code);
        });
        if (edited.parentId() != null && edited.id() != null && selfAndAncestorIds(edited.parentId()).contains(edited.id())) {
            throw new UserMessageException("error.unit.parent-cycle");
        }
        Set<String> aliases = new LinkedHashSet<>();
        for (String alias : edited.aliases()) {
            String normalized = OrgUnitNames.normalize(alias);
            if (!normalized.isEmpty()) {
                aliases.add(normalized);
            }
        }
        for (OrgUnit other : repository.findAll()) {
            if (!Objects.equals(other.getId(), edited.id())) {
                for (String alias : aliases) {
                    if (other.getAliases().contains(alias)) {
                        throw new UserMessageException("error.unit.alias-taken", alias, other.getCode());
                    }
                }
            }
        }
        unit.setCode(code);
        unit.setKind(edited.kind() == null ? UnitKind.BUREAU : edited.kind());
        unit.setParentId(edited.parentId());
        unit.setNbsCode(blank(edited.nbsCode()) ? null : edited.nbsCode().trim());
        unit.setNameZh(edited.nameZh().trim());
        unit.setNameEn(edited.nameEn().trim());
        unit.setEnabled(edited.enabled());
        unit.getAliases().clear();
        unit.getAliases().addAll(aliases);
        return repository.saveAndFlush(unit).toInfo();
    }

    /** Loads units from a trusted source (the demo data), bypassing the administrator check. */
    @Transactional
    public void importUnits(List<OrgUnitInfo> units, Map<String, String> parentCodes) {
        Map<String, OrgUnit> saved = new HashMap<>();
        for (OrgUnitInfo info : units) {
            OrgUnit unit = new OrgUnit(info.code(), info.kind());
            unit.setNbsCode(info.nbsCode());
            unit.setNameZh(info.nameZh());
            unit.setNameEn(info.nameEn());
            info.aliases().stream().map(OrgUnitNames::normalize).filter(a -> !a.isEmpty()).forEach(unit.getAliases()::add);
            saved.put(info.code(), repository.save(unit));
        }
        parentCodes.forEach((child, parent) -> saved.get(child).setParentId(saved.get(parent).getId()));
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return repository.count() == 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
