package org.actionmap.dashboard.report;

import org.actionmap.land.ParcelAsOf;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.ProgressEntryInfo;
import org.actionmap.power.PowerAsOf;
import org.actionmap.site.SiteAsOf;
import org.actionmap.plan.TargetStatus;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a month's report says, in one language, before it is laid out: the PDF and the workbook are written from this
 * alone, so both always show the same figures. Texts are already translated and formatted for the locale; the numbers
 * the workbook needs stay numbers.
 *
 * @param standing    the plan as it stood at the month's end, from which everything else here is taken
 * @param generatedBy a person's name, or the translated word for the month-end job
 * @param entries     the current progress entries for the months up to the report's month
 * @param unitNames   every organisation unit's name in the report's language
 */
record MonthlyReport(Locale locale, PlanStanding standing, String planTitle, String monthLabel, String asOfLabel,
                     String generatedAtLabel, String generatedBy, Map<TargetStatus, Long> statusCounts,
                     List<TaskSection> tasks, List<Lagging> lagging, List<MapPage> maps,
                     List<ProgressEntryInfo> entries, Features features, Map<Long, String> unitNames) {

    /** The map features as they stood at the month's end, for the workbook's feature sheet and the maps. */
    record Features(List<ParcelAsOf> parcels, PowerAsOf power, List<SiteAsOf> sites) {
    }

    /** A task with its targets in plan order. */
    record TaskSection(int number, String title, String responsibleUnits, Map<TargetStatus, Long> statusCounts,
                       List<TargetRow> targets) {
    }

    /**
     * One target's line. {@code percent} is the actual against the aim (null where a share means nothing: ceilings,
     * zero growth, no figure yet); {@code expectedPercent} the same for the pace.
     */
    record TargetRow(PlanStanding.TargetStanding standing, String code, String name, String aim, String actual,
                     String percentText, String expected, TargetStatus status, String statusText,
                     String responsibleUnit, Double percent, Double expectedPercent, String unit) {
    }

    /** A lagging target with the units responsible for catching up: its reporting unit and the task's units. */
    record Lagging(TargetRow row, int taskNumber, String taskResponsibleUnits) {
    }
}
