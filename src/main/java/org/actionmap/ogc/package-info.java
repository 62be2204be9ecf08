/**
 * Open standards: the portal's layers for desktop GIS (QGIS, GDAL) as an OGC API - Features service (Part 1 Core
 * with GeoJSON, Part 2 coordinate systems by reference) at {@code /ogc}, served straight from PostGIS. Knows no
 * domain: feature modules describe their layers through {@link org.actionmap.ogc.FeatureCollectionSource}. The
 * personal access tokens that desktop clients send are kept by the security module; the page where a user manages
 * them, with the addresses to give QGIS, is here ({@code ui/}).
 */
package org.actionmap.ogc;
