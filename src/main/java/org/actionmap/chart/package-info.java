/**
 * Charts: the {@code <am-chart>} web component wrapping Apache ECharts and its Java API. Knows no domain: callers build
 * the chart's option and resolve its click events.
 */
package org.actionmap.chart;
