package org.actionmap.plan;

/** How a target's actual value is judged against the value the plan states. */
public enum Comparator {
    /** "more than", "over", "at least", "not less than": actual must reach the value. */
    AT_LEAST,
    /** "within", "no more than", "controlled within": actual must not exceed the value. */
    AT_MOST,
    /** a plain figure the plan names as the aim ("acquire 6,500 mu", "build 1 substation"): reaching it meets the target. */
    EXACTLY,
    /** "1 to 2": actual must fall between value and max. */
    RANGE,
    /** "zero growth" against last year: the reported figure is the change against last year in %, which must stay at or below 0. */
    ZERO_GROWTH
}
