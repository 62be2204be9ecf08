package org.actionmap.power;

import org.actionmap.common.MessageKey;
import org.actionmap.common.UserMessageException;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a substation's actual milestone dates must respect, pure so that it is tested without a database: a milestone
 * is reached only after the one before it (no "completed" before "construction started"), dates never run backwards
 * and never lie in the future. Planned dates are a schedule and may be anything.
 */
final class MilestoneRules {

    private MilestoneRules() {
    }

    static void check(Map<Milestone, LocalDate> actual, LocalDate today) {
        Milestone[] order = Milestone.values();
        Milestone missing = null;
        Milestone previous = null;
        for (Milestone m : order) {
            LocalDate date = actual.get(m);
            if (date == null) {
                if (missing == null) {
                    missing = m;
                }
                continue;
            }
            if (missing != null) {
                throw new UserMessageException("power.error.milestone-needs-previous", key(m), key(missing));
            }
            if (date.isAfter(today)) {
                throw new UserMessageException("power.error.milestone-in-future", key(m));
            }
            if (previous != null && date.isBefore(actual.get(previous))) {
                throw new UserMessageException("power.error.milestone-before-previous", key(m), key(previous));
            }
            previous = m;
        }
    }

    private static MessageKey key(Milestone m) {
        return new MessageKey("power.milestone." + m.name());
    }
}
