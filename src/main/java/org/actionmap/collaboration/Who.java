package org.actionmap.collaboration;

import com.vaadin.flow.component.Component;
import org.actionmap.security.OrgUnitInfo;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Wang of the Land and Resources Bureau": a person with the unit they belonged to, in the component's language. */
final class Who {

    private Who() {
    }

    /** @param locale the component's own (Component.getLocale is protected) */
    static String of(Component shownIn, Locale locale, String name, Long unitId, Map<Long, OrgUnitInfo> units) {
        return Optional.ofNullable(unitId).map(units::get)
                .map(u -> shownIn.getTranslation("activity.who-of-unit", name, u.name(locale))).orElse(name);
    }
}
