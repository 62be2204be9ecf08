package org.actionmap.land;

import org.actionmap.map.LayerStyle;
import org.actionmap.map.MapLayer;
import org.actionmap.plan.TaskFeatures;
import org.actionmap.plan.PlanService;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The parcels linked to a task, for the task's page: a layer coloured by status and a list that opens each parcel. */
@Component
class LandTaskFeatures implements TaskFeatures {

    private final PlanService plan;
    private final ParcelService parcels;

    LandTaskFeatures(PlanService plan, ParcelService parcels) {
        this.plan = plan;
        this.parcels = parcels;
    }

    @Override
    public FeatureSet forTask(int taskNumber, Function<String, String> translate, Locale locale) {
        // the task of that number in the active plan, as the plan itself decides which plan is active
        Long taskId = plan.tasks().stream().filter(t -> t.number() == taskNumber).map(t -> t.id()).findFirst().orElse(null);
        if (taskId == null) {
            return null;
        }
        List<ParcelDetails> linked = parcels.findByTask(taskId);
        if (linked.isEmpty()) {
            return null;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        List<LinkedFeature> features = linked.stream().map(p -> new LinkedFeature(p.code(),
                p.name() + " · " + translate.apply("parcel.status." + p.status().name()) + " · "
                        + number.format(p.areaMu()) + " " + translate.apply("unit.mu"),
                "map?parcel=" + p.code())).toList();
        double[] extent = {
                linked.stream().mapToDouble(p -> p.extent()[0]).min().orElse(0),
                linked.stream().mapToDouble(p -> p.extent()[1]).min().orElse(0),
                linked.stream().mapToDouble(p -> p.extent()[2]).max().orElse(0),
                linked.stream().mapToDouble(p -> p.extent()[3]).max().orElse(0)};
        MapLayer layer = MapLayer.geoJson("task-parcels", translate.apply("map.layer.parcels"),
                        "map-data/parcels.geojson?task=" + taskId,
                        LayerStyle.area("#5d4037", "#eeeeee").filledBy("status", ParcelStatusColours.byName()))
                .identifiedBy("code");
        return new FeatureSet(layer, features, extent);
    }
}
