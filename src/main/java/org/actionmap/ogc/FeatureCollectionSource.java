package org.actionmap.ogc;

import java.util.List;

/**
 * The collections a feature module publishes through the OGC API (land: parcels and zones; power: substations and
 * lines; site: sites). The module keeps the SQL that reads its own tables; the API adds the protocol around it
 * (filters, paging, coordinate systems), so that no other module reads those tables.
 */
public interface FeatureCollectionSource {

    List<OgcCollection> ogcCollections();
}
