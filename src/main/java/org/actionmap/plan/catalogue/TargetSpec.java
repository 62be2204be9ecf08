package org.actionmap.plan.catalogue;

import org.actionmap.plan.Accumulation;
import org.actionmap.plan.Comparator;
import org.actionmap.plan.MeasureKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * One quantified target of a plan as the catalogue states it.
 *
 * @param code         unique and stable; progress entries and map features refer to it
 * @param task         task number in the plan document
 * @param requirement  requirement number within the task
 * @param source       the exact words of the requirement that state the target, so that a reviewer
 *                     can find it and a test can check that it is still there
 * @param unit         the unit as the plan states it ("acres", "yuan", "US dollars", "enterprises", "%");
 *                     money is always in base units ("yuan", not "100 million yuan") so that the UI
 *                     alone decides between 万元 and 亿元
 * @param unitZh       the unit a zh-CN reader expects (亩, 亿元, 家 ...)
 * @param max          upper bound of a {@link Comparator#RANGE}, else null
 * @param stretch      the higher aim the plan adds ("strive for 4 billion"), else null
 * @param breakdown    shares by area that add up to {@code value}; empty when the plan gives none
 * @param mapSource    for {@link MeasureKind#COMPUTED} targets only
 * @param accumulation how monthly entries add up; also given for computed targets, whose value the
 *                     map holds as a year-to-date state
 * @param reporter     unit code of the responsible unit that reports the target
 */
public record TargetSpec(String code,
                         int task,
                         int requirement,
                         String source,
                         LocalizedText name,
                         String unit,
                         String unitZh,
                         Comparator comparator,
                         BigDecimal value,
                         BigDecimal max,
                         BigDecimal stretch,
                         List<BreakdownSpec> breakdown,
                         MeasureKind measure,
                         MapSource mapSource,
                         Accumulation accumulation,
                         String reporter) {

    public TargetSpec {
        breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
    }
}
