package org.actionmap.plan.catalogue;

import org.actionmap.plan.Comparator;
import org.actionmap.plan.MeasureKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a catalogue must keep on its own, each broken rule one message. */
final class CatalogueValidator {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final List<String> errors = new ArrayList<>();

    List<String> validate(CatalogueFile file) {
        validatePlan(file.plan());
        validateTaskTitles(file.tasks());
        if (file.targets() == null || file.targets().isEmpty()) {
            errors.add("the catalogue has no targets");
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < file.targets().size(); i++) {
                TargetSpec target = file.targets().get(i);
                String where = "targets[" + i + "]" + (blank(target.code()) ? "" : " (" + target.code() + ")");
                if (!blank(target.code()) && !codes.add(target.code())) {
                    errors.add(where + ": duplicate code");
                }
                validateTarget(where, target);
            }
        }
        if (file.notTargets() != null) {
            for (int i = 0; i < file.notTargets().size(); i++) {
                validateNotTarget("not_targets[" + i + "]", file.notTargets().get(i));
            }
        }
        return errors;
    }

    private void validatePlan(PlanInfo plan) {
        if (plan == null) {
            errors.add("plan: missing");
            return;
        }
        if (plan.year() < 1900 || plan.year() > 2999) {
            errors.add("plan.year: " + plan.year() + " is not a plausible year");
        }
        if (plan.title() == null || blank(plan.title().zh())) {
            errors.add("plan.title: the Chinese title is missing");
        }
    }

    private void validateTaskTitles(Map<Integer, LocalizedText> titles) {
        if (titles == null || titles.isEmpty()) {
            errors.add("tasks: no task titles");
            return;
        }
        titles.forEach((number, title) -> {
            if (number == null || number < 1) {
                errors.add("tasks: task number " + number + " is not positive");
            }
            if (title == null || blank(title.zh())) {
                errors.add("tasks." + number + ": the Chinese title is missing");
            }
        });
    }

    private void validateTarget(String where, TargetSpec t) {
        require(where, "code", !blank(t.code()));
        if (!blank(t.code()) && !CODE.matcher(t.code()).matches()) {
            errors.add(where + ": code may hold only letters, digits, '.', '_' and '-'");
        }
        require(where, "task (a positive number)", t.task() >= 1);
        require(where, "requirement (a positive number)", t.requirement() >= 1);
        require(where, "source", !blank(t.source()));
        require(where, "name.zh", t.name() != null && !blank(t.name().zh()));
        require(where, "name.en", t.name() != null && !blank(t.name().en()));
        require(where, "unit", !blank(t.unit()));
        require(where, "unit_zh", !blank(t.unitZh()));
        require(where, "comparator", t.comparator() != null);
        require(where, "value", t.value() != null);
        require(where, "measure", t.measure() != null);
        require(where, "accumulation", t.accumulation() != null);
        require(where, "reporter", !blank(t.reporter()));
        if (t.comparator() != null && t.value() != null) {
            validateFigures(where, t);
        }
        if (t.measure() == MeasureKind.COMPUTED && t.mapSource() == null) {
            errors.add(where + ": a COMPUTED target needs a map_source");
        }
        if (t.measure() == MeasureKind.REPORTED && t.mapSource() != null) {
            errors.add(where + ": map_source is for COMPUTED targets only");
        }
        validateBreakdown(where, t);
    }

    private void validateFigures(String where, TargetSpec t) {
        Comparator comparator = t.comparator();
        if (comparator == Comparator.RANGE) {
            if (t.max() == null) {
                errors.add(where + ": a RANGE needs a max");
            } else if (t.max().compareTo(t.value()) <= 0) {
                errors.add(where + ": max " + t.max() + " must be greater than value " + t.value());
            }
        } else if (t.max() != null) {
            errors.add(where + ": max is for RANGE targets only");
        }
        if (comparator == Comparator.ZERO_GROWTH && t.value().signum() != 0) {
            errors.add(where + ": a ZERO_GROWTH target has value 0");
        }
        if (t.value().signum() < 0) {
            errors.add(where + ": value must not be negative");
        }
        if (t.stretch() != null) {
            boolean beyond = switch (comparator) {
                case AT_LEAST, EXACTLY -> t.stretch().compareTo(t.value()) > 0;
                case RANGE -> t.max() != null && t.stretch().compareTo(t.max()) > 0;
                case AT_MOST -> t.stretch().compareTo(t.value()) < 0;
                case ZERO_GROWTH -> t.stretch().signum() < 0;
            };
            if (!beyond) {
                errors.add(where + ": stretch " + t.stretch() + " must be more ambitious than the target itself");
            }
        }
    }

    /** A breakdown is a partition: its shares add up to the whole (overlapping figures are separate targets). */
    private void validateBreakdown(String where, TargetSpec t) {
        if (t.breakdown().isEmpty()) {
            return;
        }
        Set<String> units = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (BreakdownSpec share : t.breakdown()) {
            if (share == null || blank(share.unit()) || share.value() == null) {
                errors.add(where + ": a breakdown entry needs a unit and a value");
                return;
            }
            if (!units.add(share.unit())) {
                errors.add(where + ": breakdown names unit " + share.unit() + " twice");
            }
            sum = sum.add(share.value());
        }
        if (t.value() != null && sum.compareTo(t.value()) != 0) {
            errors.add(where + ": breakdown adds up to " + sum.toPlainString() + ", not to the value "
                    + t.value().toPlainString());
        }
    }

    private void validateNotTarget(String where, NotTargetSpec n) {
        if (n == null) {
            errors.add(where + ": empty entry");
            return;
        }
        require(where, "task (a positive number)", n.task() >= 1);
        require(where, "requirement (a positive number)", n.requirement() >= 1);
        require(where, "source", !blank(n.source()));
        require(where, "reason", !blank(n.reason()));
    }

    private void require(String where, String what, boolean present) {
        if (!present) {
            errors.add(where + ": " + what + " is missing");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
