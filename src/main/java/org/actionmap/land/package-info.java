/**
 * Land: zones and parcels on the map, their status workflow and area, and the land targets computed from them.
 * This first part holds the map page; zones and parcels follow.
 */
package org.actionmap.land;
