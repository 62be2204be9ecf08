/*
 * <am-chart>: an Apache ECharts chart driven from Java (org.actionmap.chart.ChartComponent).
 *
 * The server sends the whole ECharts option as JSON (setOption replaces the previous one, so a chart never keeps a
 * series the server no longer sends); the element answers a click on a bar, a point or a slice with a
 * `chart-click` event carrying the series' id and name, the category's name and the data index, which the server
 * resolves. It knows no domain: titles, colours and texts all come from the server.
 *
 * Only the chart kinds the portal uses are registered (bar, line), which keeps ECharts' share of the bundle small.
 *
 * For end-to-end tests: `optionJson()` returns the option the chart shows now, so a test can read what the chart
 * draws without reading canvas pixels.
 */
import { LitElement, html, css } from 'lit';
import { customElement } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  MarkLineComponent,
  DatasetComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent,
  MarkLineComponent, DatasetComponent, CanvasRenderer]);

@customElement('am-chart')
export class AmChart extends LitElement {
  static styles = css`
    :host { display: block; position: relative; min-height: 160px; }
    #chart { position: absolute; inset: 0; }
  `;

  private chart?: echarts.ECharts;
  private option: Record<string, unknown> | null = null;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div id="chart"></div>`;
  }

  firstUpdated() {
    const container = this.renderRoot.querySelector('#chart') as HTMLDivElement;
    this.chart = echarts.init(container, undefined, { renderer: 'canvas' });
    this.chart.on('click', (params: any) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: {
          seriesId: params.seriesId ?? '',
          seriesName: params.seriesName ?? '',
          name: params.name ?? '',
          dataIndex: params.dataIndex ?? -1,
        },
      }));
    });
    // the chart follows its box: a tablet turned, a side panel opened
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    if (this.option) {
      this.chart.setOption(this.option, { notMerge: true });
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    // re-attached (back navigation keeps the element): start a chart again on the kept option
    if (this.hasUpdated && !this.chart) {
      this.firstUpdated();
    }
  }

  /** Called by the server with the whole option; replaces what the chart shows. */
  setChartOption(option: Record<string, unknown>) {
    this.option = option;
    this.chart?.setOption(option, { notMerge: true });
  }

  /** The option shown now, as JSON ('' before the first), for tests. */
  optionJson(): string {
    return this.option ? JSON.stringify(this.option) : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'am-chart': AmChart;
  }
}
