/**
 * GIS files in and out: the import of survey files (Shapefile, GeoPackage, GeoJSON, KML, DXF) into the plan's layers
 * and the export of layers, filtered lists and selections to the formats bureaus use. GDAL's command-line tools do the
 * reading and writing of file formats ({@link org.actionmap.importexport.GdalCommand}); PostGIS does the geometry.
 */
package org.actionmap.importexport;
