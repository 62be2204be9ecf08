package org.actionmap.plan.catalogue;

import java.math.BigDecimal;

/**
 * One area's share of a target, in the target's unit.
 *
 * @param unit code of an organisation unit (a zone or a township group) in the units file
 */
public record BreakdownSpec(String unit, BigDecimal value) {
}
