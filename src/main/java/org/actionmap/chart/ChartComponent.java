package org.actionmap.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;

/**
 * The Java side of {@code <am-chart>}, an Apache ECharts chart (ECharts under the Apache licence; Vaadin's own Charts
 * are commercial). The caller builds the whole ECharts option as JSON and the browser draws it; a click on a bar or point comes back as a {@link ChartClickEvent}. Setting an option replaces the
 * previous one, and only the last option of a round trip travels to the browser.
 */
@Tag("am-chart")
@JsModule("./am-chart.ts")
@NpmPackage(value = "echarts", version = "5.6.0")
public class ChartComponent extends Component implements HasSize {

    private JsonNode option;
    private boolean sendScheduled;

    public ChartComponent() {
        setWidthFull();
        setHeight("260px");
    }

    /** Replaces what the chart shows with this ECharts option. */
    public void setOption(JsonNode option) {
        this.option = option.deepCopy();
        scheduleSend();
    }

    /** The option last set, for tests and for a view that reads back what it shows; null before the first. */
    public JsonNode getOption() {
        return option == null ? null : option.deepCopy();
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    private void scheduleSend() {
        if (sendScheduled) {
            return;
        }
        sendScheduled = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> {
            sendScheduled = false;
            if (option != null) {
                getElement().callJsFunction("setChartOption", Json.parse(option.toString()));
            }
        }));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // a re-attached chart (back navigation, a new UI) starts empty in the browser: send the option again
        if (!attachEvent.isInitialAttach() && option != null) {
            scheduleSend();
        }
    }

    /**
     * A click on a data item: the series' id and name, the category's name (an axis label, a bar's name) and the
     * item's index in its series.
     */
    @DomEvent("chart-click")
    public static class ChartClickEvent extends ComponentEvent<ChartComponent> {
        private final String seriesId;
        private final String seriesName;
        private final String name;
        private final int dataIndex;

        public ChartClickEvent(ChartComponent source, boolean fromClient,
                               @EventData("event.detail.seriesId") String seriesId,
                               @EventData("event.detail.seriesName") String seriesName,
                               @EventData("event.detail.name") String name,
                               @EventData("event.detail.dataIndex") int dataIndex) {
            super(source, fromClient);
            this.seriesId = seriesId;
            this.seriesName = seriesName;
            this.name = name;
            this.dataIndex = dataIndex;
        }

        public String getSeriesId() { return seriesId; }
        public String getSeriesName() { return seriesName; }
        public String getName() { return name; }
        public int getDataIndex() { return dataIndex; }
    }
}
