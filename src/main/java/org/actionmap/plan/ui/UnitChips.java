package org.actionmap.plan.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.actionmap.security.OrgUnitInfo;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Unit names as small chips, in the order the plan lists them. */
class UnitChips extends FlexLayout {

    UnitChips(List<Long> unitIds, Map<Long, OrgUnitInfo> units, Locale locale) {
        getStyle().set("gap", "0.3em").set("flex-wrap", "wrap");
        for (Long id : unitIds) {
            OrgUnitInfo unit = units.get(id);
            Span chip = new Span(unit == null ? "?" : unit.name(locale));
            chip.getStyle().set("padding", "0.05em 0.5em").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("background", "var(--lumo-contrast-5pct)").set("font-size", "var(--lumo-font-size-s)");
            add(chip);
        }
    }

    static String names(List<Long> unitIds, Map<Long, OrgUnitInfo> units, Locale locale) {
        return String.join(locale.getLanguage().equals("zh") ? "、" : ", ",
                unitIds.stream().map(id -> units.containsKey(id) ? units.get(id).name(locale) : "?").toList());
    }
}
