package org.actionmap.dashboard;

/**
 * The one filter that the tiles, the charts and the map share: a task, a place, a unit (each null for all) and the
 * month of the plan year whose end the figures stand at. Choosing a township on the map sets the place here, and the
 * charts follow; a click on a chart's township sets it too, and the map follows.
 */
public record DashboardFilter(Integer taskNumber, Place place, Long unitId, int month) {

    /** Everything, as of the latest month (the month is clamped to the months that can be shown). */
    public static DashboardFilter everything() {
        return new DashboardFilter(null, null, null, 12);
    }

    public DashboardFilter withTask(Integer task) {
        return new DashboardFilter(task, place, unitId, month);
    }

    public DashboardFilter withPlace(Place newPlace) {
        return new DashboardFilter(taskNumber, newPlace, unitId, month);
    }

    public DashboardFilter withUnit(Long unit) {
        return new DashboardFilter(taskNumber, place, unit, month);
    }

    public DashboardFilter withMonth(int newMonth) {
        return new DashboardFilter(taskNumber, place, unitId, newMonth);
    }
}
