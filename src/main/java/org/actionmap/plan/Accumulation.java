package org.actionmap.plan;

/** How monthly progress entries of a reported target add up to the year-to-date actual. */
public enum Accumulation {
    /** each entry is the amount of that month alone; the actual is the sum of the months so far */
    SUM_OF_MONTHS,
    /** each entry is the running total since January; the actual is the latest month's entry */
    YEAR_TO_DATE,
    /** each entry is the current level of a rate or ratio (growth %, share, intensity); the actual is the latest entry and no linear pace applies */
    LEVEL
}
