package org.actionmap.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.UnitKind;

import java.util.*;

/** The shape of {@code units.yaml}. */
record DemoUnits(List<Unit> units) {

    record Name(String zh, String en) {
    }

    record Unit(String code, UnitKind kind, String parent, @JsonProperty("nbs_code") String nbsCode, Name name,
                List<String> aliases) {
    }

    List<OrgUnitInfo> toInfos() {
        return units.stream().map(u -> new OrgUnitInfo(null, u.code(), u.kind(), null, u.nbsCode(), u.name().zh(),
                u.name().en(), true, new LinkedHashSet<>(u.aliases() == null ? List.of() : u.aliases()), 0)).toList();
    }

    Map<String, String> parentCodes() {
        Map<String, String> parents = new LinkedHashMap<>();
        units.stream().filter(u -> u.parent() != null).forEach(u -> parents.put(u.code(), u.parent()));
        return parents;
    }
}
