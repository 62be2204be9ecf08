package org.actionmap.land;

import java.util.List;

/**
 * Where a parcel stands. New industrial land goes planned → acquired → levelled → supplied; idle land goes
 * identified → in disposal → cleared. A step needs the one before it.
 */
public enum ParcelStatus {
    PLANNED, ACQUIRED, LEVELLED, SUPPLIED,
    IDENTIFIED, IN_DISPOSAL, CLEARED;

    public static final List<ParcelStatus> NEW_LAND = List.of(PLANNED, ACQUIRED, LEVELLED, SUPPLIED);
    public static final List<ParcelStatus> IDLE_LAND = List.of(IDENTIFIED, IN_DISPOSAL, CLEARED);

    public List<ParcelStatus> workflow() {
        return NEW_LAND.contains(this) ? NEW_LAND : IDLE_LAND;
    }
}
