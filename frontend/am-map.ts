/*
 * <am-map>: ActionMap's map, an OpenLayers map driven from Java (org.actionmap.map.MapComponent).
 *
 * Java batches its changes into one applyChanges() call per round trip; the element answers with DOM events that
 * carry layer and feature ids, which the server resolves. It knows no domain: layers, styles and texts all come
 * from the server.
 *
 * Editing: one geometry at a time (a point, a line or a polygon) lives on an internal edit layer, drawn (Draw) or
 * changed (Modify, Translate), with Snap to the edit layer and to the vector layers the server names. Every finished
 * change goes back as `map-geometry-change` (GeoJSON in EPSG:4326 with the geodesic area and length), so the server
 * never trusts a stale shape. A line shows its live length where a polygon shows its area.
 *
 * Test and automation helpers (used by the Playwright end-to-end tests, which click real pixels rather than
 * injecting geometries, so the same code path as a user's is exercised):
 *   - `pixelFor(lon, lat)`: [x, y] in CSS pixels relative to this element, where to click for a lon/lat;
 *   - `currentAreaText()`: the text of the live area label ('' when none is shown).
 */
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorTileLayer from 'ol/layer/VectorTile.js';
import TileLayer from 'ol/layer/Tile.js';
import XYZ from 'ol/source/XYZ.js';
import VectorSource from 'ol/source/Vector.js';
import VectorTileSource from 'ol/source/VectorTile.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import MVT from 'ol/format/MVT.js';
import Overlay from 'ol/Overlay.js';
import Feature from 'ol/Feature.js';
import Draw, { type DrawEvent } from 'ol/interaction/Draw.js';
import Modify from 'ol/interaction/Modify.js';
import Translate from 'ol/interaction/Translate.js';
import Snap from 'ol/interaction/Snap.js';
import { altKeyOnly, doubleClick, singleClick } from 'ol/events/condition.js';
import { bbox as bboxStrategy } from 'ol/loadingstrategy.js';
import { getArea, getLength } from 'ol/sphere.js';
import { unByKey } from 'ol/Observable.js';
import type { EventsKey } from 'ol/events.js';
import type Geometry from 'ol/geom/Geometry.js';
import { MultiPoint, Point, LineString, MultiLineString, Polygon, MultiPolygon } from 'ol/geom.js';
import { getCenter, getTopLeft } from 'ol/extent.js';
import { Style, Stroke, Fill, Circle as CircleStyle, RegularShape, Text } from 'ol/style.js';
import { ScaleLine, Attribution, Zoom } from 'ol/control.js';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj.js';
import { register } from 'ol/proj/proj4.js';
import proj4 from 'proj4';
import type { FeatureLike } from 'ol/Feature.js';
import type BaseLayer from 'ol/layer/Base.js';
import 'ol/ol.css';

// CGCS2000 / 3-degree Gauss-Kruger CM 120E: the grid that land surveyors around Lanxi read coordinates in
proj4.defs('EPSG:4549', '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs');
register(proj4);

interface StyleSpec {
  stroke?: string;
  strokeWidth?: number;
  fill?: string;
  pointRadius?: number;
  labelProperty?: string;
  dash?: number[];
  /** fill by a property's value (a parcel's status), falling back to fill */
  categoryProperty?: string;
  categoryFills?: Record<string, string>;
}

interface LayerSpec {
  id: string;
  title: string;
  /** XYZ: raster tiles from a {z}/{x}/{y} URL template (an online base map, off unless configured) */
  kind: 'GEOJSON' | 'GEOJSON_BBOX' | 'VECTOR_TILES' | 'XYZ';
  url: string;
  style: StyleSpec;
  visible: boolean;
  attribution?: string;
  idProperty?: string;
  zIndex?: number;
  /** GEOJSON_BBOX: the lowest zoom at which the layer shows and loads (inclusive) */
  minZoom?: number;
}

/** What the edit layer does; the last request of a round trip wins. Geometries are GeoJSON objects in EPSG:4326. */
interface EditSpec {
  mode: 'draw' | 'modify' | 'none';
  /** what 'draw' draws (default Polygon) */
  type?: 'Point' | 'LineString' | 'Polygon';
  geometry?: object;
  snapLayerIds?: string[];
}

interface Changes {
  view?: { lon: number; lat: number; zoom: number };
  addLayers?: LayerSpec[];
  removeLayers?: string[];
  visibility?: Record<string, boolean>;
  refresh?: string[];
  fitExtent?: [number, number, number, number];
  texts?: Record<string, string>;
  /** the feature to mark as selected; an empty featureId clears the mark */
  highlight?: { layerId: string; featureId: string };
  edit?: EditSpec;
  /** how many vertices to take back from the sketch in progress (a toolbar's undo button) */
  removeLastPoint?: number;
  /** a GeoJSON FeatureCollection in EPSG:4326 that replaces the problems shown; empty clears them */
  problems?: object;
}

const EDIT_ORANGE = '#ff8f00';
const PROBLEM_RED = '#d50000';
/** 1 mu (亩), the unit Chinese land administration counts in, is 10000/15 m² */
const M2_PER_MU = 10000 / 15;
// GeoJSON for the server: EPSG:4326 with 7 decimals (about 1 cm), the view works in EPSG:3857
const GEOJSON_IO = { dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' };

@customElement('am-map')
export class AmMap extends LitElement {
  private map?: OlMap;
  private readonly layers = new Map<string, { spec: LayerSpec; layer: BaseLayer }>();
  private texts: Record<string, string> = {};
  private highlighted?: { layerId: string; featureId: string };
  private pending: Changes[] = [];

  // editing: the edit layer and its interactions exist only while the server asked for drawing or editing
  private readonly editSource = new VectorSource();
  private readonly editLayer = new VectorLayer({ source: this.editSource, style: (f) => editStyle(f), zIndex: 1000 });
  private readonly problemSource = new VectorSource();
  private readonly problemLayer = new VectorLayer({ source: this.problemSource, style: (f) => problemStyle(f),
    // no declutter: every problem must show, and a circled cross is two images that would hide each other
    zIndex: 1001 });
  private editMode: 'draw' | 'modify' | 'none' = 'none';
  private drawType: 'Point' | 'LineString' | 'Polygon' = 'Polygon';
  private snapLayerIds: string[] = [];
  private draw?: Draw;
  private modify?: Modify;
  private mover?: Translate; // not "translate": HTMLElement has a property of that name
  private snaps: Snap[] = [];
  private sketch?: Feature;
  private sketchKey?: EventsKey;
  private featureKey?: EventsKey;
  private areaOverlay?: Overlay;
  private readonly keyListener = (e: KeyboardEvent) => this.onKey(e);

  // light DOM: OpenLayers' stylesheet is global and must reach the map's controls
  protected createRenderRoot() {
    return this;
  }

  render() {
    return html`
      <div class="am-map-canvas" style="position:absolute;inset:0"></div>
      <div class="am-map-layers" style="position:absolute;top:.5em;right:.5em;background:var(--lumo-base-color,#fff);
           border-radius:var(--lumo-border-radius-m,4px);box-shadow:var(--lumo-box-shadow-s);padding:.4em .6em;
           font-size:var(--lumo-font-size-s,14px);max-width:16em;z-index:2"></div>
      <style>
        /* the attribution keeps clear of the scale bar at the bottom left, wrapping when the map is narrow */
        am-map .ol-attribution { max-width: calc(100% - 9em); }
        am-map .ol-attribution ul { white-space: normal; }
      </style>
      <!-- the pointer's coordinates sit at the top, beside the zoom buttons, where no control overlaps them -->
      <div class="am-map-pointer" style="position:absolute;left:2.6em;top:.5em;background:rgba(255,255,255,.85);
           padding:.1em .4em;border-radius:3px;font:12px/1.4 monospace;z-index:2;pointer-events:none;white-space:pre"></div>
      <div class="am-map-area" style="display:none;background:rgba(255,255,255,.92);border:1px solid ${EDIT_ORANGE};
           color:#5d3300;padding:.1em .45em;border-radius:3px;font:600 12px/1.5 sans-serif;white-space:nowrap;
           pointer-events:none"></div>`;
  }

  firstUpdated() {
    this.style.position = this.style.position || 'relative';
    this.style.display = 'block';
    this.map = new OlMap({
      target: this.querySelector('.am-map-canvas') as HTMLElement,
      layers: [this.editLayer, this.problemLayer],
      controls: [new Zoom(), new ScaleLine({ units: 'metric' }), new Attribution({ collapsible: false })],
      view: new View({ center: fromLonLat([119.47, 29.21]), zoom: 11 }),
    });
    this.map.on('pointermove', (e) => this.showPointer(toLonLat(e.coordinate)));
    this.map.on('singleclick', (e) => {
      // while drawing every click is a vertex; a click on the edited shape is an edit, not a selection
      if (this.editMode === 'draw') return;
      if (this.editMode === 'modify'
          && this.map!.hasFeatureAtPixel(e.pixel, { layerFilter: (l) => l === this.editLayer, hitTolerance: 6 })) return;
      const [lon, lat] = toLonLat(e.coordinate);
      let hit = false;
      this.map!.forEachFeatureAtPixel(e.pixel, (feature: FeatureLike, layer) => {
        const entry = [...this.layers.values()].find((l) => l.layer === layer);
        if (!entry || hit) return;
        hit = true;
        const id = entry.spec.idProperty ? feature.get(entry.spec.idProperty) : feature.getId();
        this.dispatchEvent(new CustomEvent('map-feature-click', {
          detail: { layerId: entry.spec.id, featureId: id == null ? '' : String(id), lon, lat },
        }));
      });
      if (!hit) {
        this.dispatchEvent(new CustomEvent('map-click', { detail: { lon, lat } }));
      }
    });
    this.areaOverlay = new Overlay({
      element: this.querySelector('.am-map-area') as HTMLElement,
      // never swallow the clicks that finish or modify the shape under the label
      stopEvent: false,
    });
    this.map.addOverlay(this.areaOverlay);
    new ResizeObserver(() => this.map?.updateSize()).observe(this);
    const queued = this.pending;
    this.pending = [];
    queued.forEach((c) => this.applyChanges(c));
  }

  /** The one entry point from the server: everything that changed since the last round trip. */
  applyChanges(changes: Changes) {
    if (!this.map) {
      this.pending.push(changes);
      return;
    }
    if (changes.texts) this.texts = { ...this.texts, ...changes.texts };
    changes.removeLayers?.forEach((id) => this.removeLayer(id));
    changes.addLayers?.forEach((spec) => this.addLayer(spec));
    Object.entries(changes.visibility ?? {}).forEach(([id, visible]) => this.layers.get(id)?.layer.setVisible(visible));
    changes.refresh?.forEach((id) => {
      const layer = this.layers.get(id)?.layer as VectorLayer | VectorTileLayer | undefined;
      layer?.getSource()?.refresh();
    });
    if (changes.view) {
      this.map.getView().setCenter(fromLonLat([changes.view.lon, changes.view.lat]));
      this.map.getView().setZoom(changes.view.zoom);
    }
    if (changes.highlight) {
      this.highlighted = changes.highlight.featureId ? changes.highlight : undefined;
      this.layers.forEach(({ layer }) => layer.changed());
    }
    if (changes.fitExtent) {
      this.map.getView().fit(transformExtent(changes.fitExtent, 'EPSG:4326', 'EPSG:3857'),
        { padding: [40, 40, 40, 40], maxZoom: 17, duration: 300 });
    }
    if (changes.edit) this.setEdit(changes.edit);
    else if ((changes.addLayers?.length || changes.removeLayers?.length) && this.editMode !== 'none') this.syncSnaps();
    for (let i = 0; i < (changes.removeLastPoint ?? 0); i++) this.draw?.removeLastPoint();
    if (changes.problems) this.showProblems(changes.problems);
    this.renderLayerSwitcher();
  }

  /** Test/automation helper: where (CSS pixels relative to this element) a lon/lat is on screen, to click there. */
  pixelFor(lon: number, lat: number): [number, number] {
    const pixel = this.map!.getPixelFromCoordinate(fromLonLat([lon, lat]));
    const canvas = (this.querySelector('.am-map-canvas') as HTMLElement).getBoundingClientRect();
    const own = this.getBoundingClientRect();
    return [pixel[0] + canvas.left - own.left, pixel[1] + canvas.top - own.top];
  }

  /** Test/automation helper: the live area (or length) label's text, '' when none is shown. */
  currentAreaText(): string {
    const el = this.querySelector('.am-map-area') as HTMLElement;
    return el.style.display === 'none' ? '' : el.textContent ?? '';
  }

  private setEdit(spec: EditSpec) {
    this.clearEdit();
    this.snapLayerIds = spec.snapLayerIds ?? [];
    this.editMode = spec.mode;
    if (spec.mode === 'none') return;
    document.addEventListener('keydown', this.keyListener);
    if (spec.mode === 'draw') {
      this.drawType = spec.type ?? 'Polygon';
      this.startDraw();
    } else {
      const geometry = new GeoJSON().readGeometry(spec.geometry, GEOJSON_IO);
      const feature = new Feature(geometry);
      feature.set('am-edited', true);
      this.editSource.addFeature(feature);
      this.startModify();
    }
  }

  private startDraw() {
    this.draw = new Draw({ source: this.editSource, type: this.drawType, style: (f) => editStyle(f), stopClick: true });
    this.draw.on('drawstart', (e: DrawEvent) => {
      this.sketch = e.feature;
      this.sketchKey = e.feature.getGeometry()!.on('change', () => this.showSketchArea());
    });
    this.draw.on('drawabort', () => this.endSketch());
    this.draw.on('drawend', (e: DrawEvent) => {
      this.endSketch();
      e.feature.set('am-edited', true);
      this.editMode = 'modify';
      // Draw adds the feature to the edit source only after this event, and is still handling the finishing click:
      // once both are done, the finished sketch becomes the edited shape
      const draw = this.draw!;
      setTimeout(() => {
        if (this.draw !== draw) return; // the server stopped or restarted editing meanwhile
        this.map!.removeInteraction(draw);
        this.draw = undefined;
        this.startModify();
        this.sendGeometry(e.feature.getGeometry()!);
      });
    });
    this.map!.addInteraction(this.draw);
    this.syncSnaps();
  }

  private startModify() {
    const feature = this.editSource.getFeatures()[0];
    if (!feature) return;
    // added in this order so that Modify sees a press first: near a vertex or edge it edits, elsewhere Translate moves
    this.mover = new Translate({ layers: [this.editLayer], hitTolerance: 4 });
    this.modify = new Modify({
      source: this.editSource,
      style: vertexStyle,
      // OpenLayers' Alt+click, and a double-click, which people try first
      deleteCondition: (e) => (altKeyOnly(e) && singleClick(e)) || doubleClick(e),
    });
    this.modify.on('modifyend', () => this.sendGeometry(feature.getGeometry()!));
    this.mover.on('translateend', () => this.sendGeometry(feature.getGeometry()!));
    this.map!.addInteraction(this.mover);
    this.map!.addInteraction(this.modify);
    this.featureKey = feature.on('change', () => this.showFeatureArea(feature));
    this.showFeatureArea(feature);
    this.syncSnaps();
  }

  /**
   * Snap interactions for the edit layer and the named layers that exist now. Called again whenever layers come or
   * go, since a named layer may arrive (or be replaced with a new source) after editing started. Snaps are added
   * last so that they see pointer events before Draw and Modify do, as OpenLayers requires.
   */
  private syncSnaps() {
    this.snaps.forEach((s) => this.map!.removeInteraction(s));
    this.snaps = [];
    if (this.editMode === 'none') return;
    const sources: VectorSource[] = [this.editSource];
    this.snapLayerIds.forEach((id) => {
      const layer = this.layers.get(id)?.layer;
      // vector tiles hold simplified, clipped geometry and cannot be snapped to; use a GEOJSON_BBOX layer instead
      if (layer instanceof VectorLayer) sources.push(layer.getSource() as VectorSource);
    });
    sources.forEach((source) => {
      const snap = new Snap({ source });
      this.map!.addInteraction(snap);
      this.snaps.push(snap);
    });
  }

  private clearEdit() {
    document.removeEventListener('keydown', this.keyListener);
    [this.draw, this.modify, this.mover, ...this.snaps].forEach((i) => i && this.map!.removeInteraction(i));
    this.draw = this.modify = this.mover = undefined;
    this.snaps = [];
    this.endSketch();
    if (this.featureKey) unByKey(this.featureKey);
    this.featureKey = undefined;
    this.editSource.clear();
    this.editMode = 'none';
    this.hideArea();
  }

  private endSketch() {
    if (this.sketchKey) unByKey(this.sketchKey);
    this.sketchKey = undefined;
    this.sketch = undefined;
    this.hideArea();
  }

  private onKey(e: KeyboardEvent) {
    if (e.key !== 'Escape' && e.key !== 'Backspace') return;
    // keys typed into a form field beside the map (inside Vaadin's shadow DOM too) are the field's, not the map's
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable)) return;
    if (e.key === 'Backspace') {
      if (this.sketch) {
        this.draw!.removeLastPoint();
        e.preventDefault();
      }
    } else if (this.sketch) {
      this.draw!.abortDrawing();
    } else {
      this.dispatchEvent(new CustomEvent('map-edit-cancel'));
    }
  }

  private sendGeometry(geometry: Geometry) {
    const text = new GeoJSON().writeGeometry(geometry, { ...GEOJSON_IO, decimals: 7 });
    const polygonal = geometry instanceof Polygon || geometry instanceof MultiPolygon;
    const linear = geometry instanceof LineString || geometry instanceof MultiLineString;
    this.dispatchEvent(new CustomEvent('map-geometry-change', {
      detail: {
        geometry: text,
        areaM2: polygonal ? getArea(geometry, { projection: 'EPSG:3857' }) : 0,
        lengthM: linear ? getLength(geometry, { projection: 'EPSG:3857' }) : 0,
      },
    }));
  }

  private showSketchArea() {
    const geometry = this.sketch?.getGeometry();
    if (geometry instanceof LineString) {
      const coordinates = geometry.getCoordinates();
      // beside the pointer, which the line's last vertex follows
      if (coordinates.length >= 2) this.showMeasure(geometry, coordinates[coordinates.length - 1], 'top-left', [14, 8]);
      else this.hideArea();
      return;
    }
    const ring = geometry instanceof Polygon ? geometry.getCoordinates()[0] : undefined;
    if (!geometry || !ring || ring.length < 4) {
      this.hideArea();
      return;
    }
    // beside the pointer: the ring's last vertex before the closing one follows the mouse
    this.showMeasure(geometry, ring[ring.length - 2], 'top-left', [14, 8]);
  }

  private showFeatureArea(feature: Feature) {
    const geometry = feature.getGeometry();
    if (!geometry || geometry instanceof Point) return;
    // above the shape, where it covers neither the vertices being dragged nor the pointer
    const extent = geometry.getExtent();
    this.showMeasure(geometry, [getCenter(extent)[0], getTopLeft(extent)[1]], 'bottom-center', [0, -10]);
  }

  /** The live measure: a polygon's area in mu and ha, a line's geodesic length in km (texts `area`, `length`). */
  private showMeasure(geometry: Geometry, at: number[], positioning: 'top-left' | 'bottom-center', offset: number[]) {
    const el = this.querySelector('.am-map-area') as HTMLElement;
    if (geometry instanceof LineString || geometry instanceof MultiLineString) {
      const m = getLength(geometry, { projection: 'EPSG:3857' });
      el.textContent = (this.texts['length'] ?? '{km} km').replace(/\{km\}/g, (m / 1000).toFixed(2))
        .replace(/\{m\}/g, m.toFixed(0));
    } else {
      const m2 = getArea(geometry, { projection: 'EPSG:3857' });
      el.textContent = (this.texts['area'] ?? '{mu} mu · {ha} ha')
        .replace(/\{mu\}/g, (m2 / M2_PER_MU).toFixed(1))
        .replace(/\{ha\}/g, (m2 / 10000).toFixed(1))
        .replace(/\{m2\}/g, m2.toFixed(0));
    }
    el.style.display = 'block';
    this.areaOverlay!.setPositioning(positioning);
    this.areaOverlay!.setOffset(offset);
    this.areaOverlay!.setPosition(at);
  }

  private hideArea() {
    (this.querySelector('.am-map-area') as HTMLElement | null)?.style.setProperty('display', 'none');
    this.areaOverlay?.setPosition(undefined);
  }

  private showProblems(collection: object) {
    this.problemSource.clear();
    this.problemSource.addFeatures(new GeoJSON().readFeatures(collection, GEOJSON_IO));
  }

  private addLayer(spec: LayerSpec) {
    this.removeLayer(spec.id);
    const style = (feature: FeatureLike) => this.styleFor(spec, feature);
    const attributions = spec.attribution ? [spec.attribution] : undefined;
    const layer = spec.kind === 'XYZ'
      ? new TileLayer({ source: new XYZ({ url: spec.url, attributions, crossOrigin: 'anonymous' }) })
      : spec.kind === 'VECTOR_TILES'
      ? new VectorTileLayer({
          source: new VectorTileSource({ format: new MVT(), url: spec.url, attributions }),
          style,
        })
      : new VectorLayer({
          source: spec.kind === 'GEOJSON_BBOX'
            ? new VectorSource({ format: new GeoJSON(), url: (extent) => bboxUrl(spec.url, extent),
                strategy: bboxStrategy, attributions })
            : new VectorSource({ format: new GeoJSON(), url: spec.url, attributions }),
          style,
          // labels of nearby features would overprint each other
          declutter: !!spec.style.labelProperty,
        });
    // OpenLayers' minZoom is exclusive, ours inclusive; a layer out of its zoom range loads nothing, so a zoomed-out
    // map sends no bbox request for a whole county of features
    if (spec.minZoom != null) layer.setMinZoom(spec.minZoom - 1e-6);
    layer.setVisible(spec.visible);
    layer.setZIndex(spec.zIndex ?? this.layers.size);
    layer.set('am-id', spec.id);
    this.map!.addLayer(layer);
    this.layers.set(spec.id, { spec, layer });
  }

  private removeLayer(id: string) {
    const entry = this.layers.get(id);
    if (entry) {
      this.map!.removeLayer(entry.layer);
      this.layers.delete(id);
    }
  }

  private styleFor(layer: LayerSpec, feature: FeatureLike): Style {
    const spec = layer.style;
    const id = layer.idProperty ? feature.get(layer.idProperty) : feature.getId();
    const selected = this.highlighted?.layerId === layer.id && String(id) === this.highlighted.featureId;
    const stroke = selected
      ? new Stroke({ color: '#ff6d00', width: 3.5 })
      : new Stroke({ color: spec.stroke ?? '#3366cc', width: spec.strokeWidth ?? 1.5, lineDash: spec.dash });
    const category = spec.categoryProperty ? spec.categoryFills?.[String(feature.get(spec.categoryProperty))] : undefined;
    const fillColour = category ?? spec.fill;
    const fill = fillColour ? new Fill({ color: fillColour }) : undefined;
    const label = spec.labelProperty ? feature.get(spec.labelProperty) : undefined;
    return new Style({
      stroke,
      fill,
      image: new CircleStyle({ radius: spec.pointRadius ?? 5, stroke, fill: fill ?? new Fill({ color: '#fff' }) }),
      text: label ? new Text({ text: String(label), offsetY: -12, font: '12px sans-serif',
        stroke: new Stroke({ color: '#fff', width: 3 }) }) : undefined,
    });
  }

  private renderLayerSwitcher() {
    const panel = this.querySelector('.am-map-layers') as HTMLElement;
    panel.replaceChildren();
    const title = document.createElement('div');
    title.textContent = this.texts['layers'] ?? '';
    title.style.fontWeight = '600';
    panel.append(title);
    [...this.layers.values()].reverse().forEach(({ spec, layer }) => {
      const row = document.createElement('label');
      row.style.display = 'block';
      row.style.whiteSpace = 'nowrap';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = layer.getVisible();
      box.dataset.layer = spec.id;
      box.addEventListener('change', () => {
        layer.setVisible(box.checked);
        this.dispatchEvent(new CustomEvent('map-layer-toggle', { detail: { layerId: spec.id, visible: box.checked } }));
      });
      const swatch = document.createElement('span');
      swatch.style.cssText = `display:inline-block;width:.9em;height:.9em;margin:0 .35em;vertical-align:-.1em;
        border:2px solid ${spec.style.stroke ?? '#3366cc'};background:${spec.style.fill ?? 'transparent'}`;
      row.append(box, swatch, document.createTextNode(spec.title));
      panel.append(row);
    });
  }

  private showPointer([lon, lat]: number[]) {
    const [x, y] = proj4('EPSG:4326', 'EPSG:4549', [lon, lat]);
    const el = this.querySelector('.am-map-pointer') as HTMLElement;
    // two short lines rather than one long one: the readout stays clear of the layer list on a narrow map
    el.textContent = `${lon.toFixed(5)}, ${lat.toFixed(5)}\n${this.texts['gk'] ?? 'EPSG:4549'} E ${x.toFixed(1)} N ${y.toFixed(1)}`;
  }
}

/** The layer's address with `bbox=west,south,east,north` in degrees, after an existing query if there is one. */
function bboxUrl(url: string, extent: number[]): string {
  const [w, s, e, n] = transformExtent(extent, 'EPSG:3857', 'EPSG:4326');
  return `${url}${url.includes('?') ? '&' : '?'}bbox=${[w, s, e, n].map((v) => v.toFixed(7)).join(',')}`;
}

const vertexStyle = new Style({
  image: new CircleStyle({ radius: 5, fill: new Fill({ color: '#fff' }), stroke: new Stroke({ color: EDIT_ORANGE, width: 2 }) }),
});

const editPointStyle = new Style({
  image: new CircleStyle({ radius: 8, fill: new Fill({ color: 'rgba(255,143,0,0.35)' }), stroke: new Stroke({ color: EDIT_ORANGE, width: 3 }) }),
});

/** The edited shape and the sketch: orange outline, translucent fill, every vertex as a small circle. */
function editStyle(feature: FeatureLike): Style[] {
  const geometry = feature.getGeometry();
  // Draw's sketch also holds the point under the pointer; an edited point is drawn larger, to be grabbed
  if (geometry?.getType() === 'Point') return [feature instanceof Feature && feature.get('am-edited') ? editPointStyle : vertexStyle];
  const styles = [new Style({
    stroke: new Stroke({ color: EDIT_ORANGE, width: 2.5 }),
    fill: new Fill({ color: 'rgba(255,143,0,0.18)' }),
  })];
  if (geometry instanceof Polygon || geometry instanceof MultiPolygon
      || geometry instanceof LineString || geometry instanceof MultiLineString) {
    const vertices = geometry instanceof Polygon ? geometry.getCoordinates().flat()
      : geometry instanceof MultiPolygon ? geometry.getCoordinates().flat(2)
      : geometry instanceof LineString ? geometry.getCoordinates() : geometry.getCoordinates().flat();
    styles.push(new Style({
      geometry: new MultiPoint(vertices),
      image: new CircleStyle({ radius: 3.5, fill: new Fill({ color: '#fff' }), stroke: new Stroke({ color: EDIT_ORANGE, width: 1.5 }) }),
    }));
  }
  return styles;
}

let hatch: CanvasPattern | string | undefined;

/** Red diagonal hatching: an overlap stays readable over the status colours beneath it. */
function hatchFill(): CanvasPattern | string {
  if (hatch) return hatch;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 8;
  const ctx = canvas.getContext('2d');
  if (!ctx) return (hatch = 'rgba(213,0,0,0.25)');
  ctx.fillStyle = 'rgba(213,0,0,0.12)';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = 'rgba(213,0,0,0.7)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(0, 8); ctx.lineTo(8, 0);
  ctx.moveTo(-2, 2); ctx.lineTo(2, -2);
  ctx.moveTo(6, 10); ctx.lineTo(10, 6);
  ctx.stroke();
  return (hatch = ctx.createPattern(canvas, 'repeat') ?? 'rgba(213,0,0,0.25)');
}

/** Problems: points as red circled crosses, areas hatched red, lines red; each labelled with its `label`. */
function problemStyle(feature: FeatureLike): Style[] {
  const type = feature.getGeometry()?.getType();
  const point = type === 'Point' || type === 'MultiPoint';
  const label = feature.get('label');
  const red = new Stroke({ color: PROBLEM_RED, width: 2 });
  const text = label ? new Text({
    text: String(label), font: 'bold 12px sans-serif', fill: new Fill({ color: PROBLEM_RED }),
    stroke: new Stroke({ color: '#fff', width: 3 }), offsetY: point ? -18 : 0, overflow: true,
  }) : undefined;
  if (point) {
    return [
      new Style({ image: new CircleStyle({ radius: 9, stroke: red, fill: new Fill({ color: 'rgba(255,255,255,0.6)' }) }), text }),
      new Style({ image: new RegularShape({ points: 4, radius: 7, radius2: 0, angle: Math.PI / 4, stroke: red }) }),
    ];
  }
  return [new Style({ stroke: red, fill: new Fill({ color: hatchFill() }), text })];
}
