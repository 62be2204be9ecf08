/**
 * Land: zones and parcels on the map, their status workflow and area, and the land targets computed from them.
 * Parcels are drawn and edited by the land staff ({@code ParcelEditService}); zones (EDZ areas, township parks,
 * township outlines) are created by administrators ({@code ZoneEditService}, which places the parcels under a new
 * zone again). The map page, the geometry checks and the permission rule for parcels live here too.
 */
package org.actionmap.land;
