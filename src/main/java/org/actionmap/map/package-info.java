/**
 * The map: an OpenLayers web component ({@code frontend/am-map.ts}) and its Java API. Knows no domain; feature
 * modules give it layers and listen to its events.
 */
package org.actionmap.map;
