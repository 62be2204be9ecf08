/*
 * <am-map>: ActionMap's map, an OpenLayers map driven from Java (org.actionmap.map.MapComponent).
 *
 * Java batches its changes into one applyChanges() call per round trip; the element answers with DOM events that
 * carry layer and feature ids, which the server resolves. It knows no domain: layers, styles and texts all come
 * from the server.
 */
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorTileLayer from 'ol/layer/VectorTile.js';
import VectorSource from 'ol/source/Vector.js';
import VectorTileSource from 'ol/source/VectorTile.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import MVT from 'ol/format/MVT.js';
import { Style, Stroke, Fill, Circle as CircleStyle, Text } from 'ol/style.js';
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
  kind: 'GEOJSON' | 'VECTOR_TILES';
  url: string;
  style: StyleSpec;
  visible: boolean;
  attribution?: string;
  idProperty?: string;
  zIndex?: number;
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
}

@customElement('am-map')
export class AmMap extends LitElement {
  private map?: OlMap;
  private readonly layers = new Map<string, { spec: LayerSpec; layer: BaseLayer }>();
  private texts: Record<string, string> = {};
  private highlighted?: { layerId: string; featureId: string };
  private pending: Changes[] = [];

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
      <div class="am-map-pointer" style="position:absolute;left:.5em;bottom:2.2em;background:rgba(255,255,255,.85);
           padding:.1em .4em;border-radius:3px;font:12px/1.4 monospace;z-index:2;pointer-events:none"></div>`;
  }

  firstUpdated() {
    this.style.position = this.style.position || 'relative';
    this.style.display = 'block';
    this.map = new OlMap({
      target: this.querySelector('.am-map-canvas') as HTMLElement,
      layers: [],
      controls: [new Zoom(), new ScaleLine({ units: 'metric' }), new Attribution({ collapsible: false })],
      view: new View({ center: fromLonLat([119.47, 29.21]), zoom: 11 }),
    });
    this.map.on('pointermove', (e) => this.showPointer(toLonLat(e.coordinate)));
    this.map.on('singleclick', (e) => {
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
    this.renderLayerSwitcher();
  }

  private addLayer(spec: LayerSpec) {
    this.removeLayer(spec.id);
    const style = (feature: FeatureLike) => this.styleFor(spec, feature);
    const attributions = spec.attribution ? [spec.attribution] : undefined;
    const layer = spec.kind === 'VECTOR_TILES'
      ? new VectorTileLayer({
          source: new VectorTileSource({ format: new MVT(), url: spec.url, attributions }),
          style,
        })
      : new VectorLayer({
          source: new VectorSource({ format: new GeoJSON(), url: spec.url, attributions }),
          style,
          // labels of nearby features would overprint each other
          declutter: !!spec.style.labelProperty,
        });
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
    el.textContent = `${lon.toFixed(5)}, ${lat.toFixed(5)}  |  ${this.texts['gk'] ?? 'EPSG:4549'} E ${x.toFixed(1)} N ${y.toFixed(1)}`;
  }
}
