package org.actionmap.land;

/** Why a parcel is on the map: land added for industry, or idle land to be cleared. */
public enum ParcelPurpose {
    NEW_INDUSTRIAL, IDLE_LAND
}
