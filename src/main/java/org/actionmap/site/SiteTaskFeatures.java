package org.actionmap.site;

import org.actionmap.map.MapLayer;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.TaskFeatures;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The sites linked to a task, for the task's page: one layer filled by status and a list that opens each site. */
@Component
class SiteTaskFeatures implements TaskFeatures {

    private static final double MIN_MARGIN_DEGREES = 0.003;

    private final PlanService plan;
    private final SiteService sites;

    SiteTaskFeatures(PlanService plan, SiteService sites) {
        this.plan = plan;
        this.sites = sites;
    }

    @Override
    public FeatureSet forTask(int taskNumber, Function<String, String> translate, Locale locale) {
        Long taskId = plan.tasks().stream().filter(t -> t.number() == taskNumber).map(t -> t.id()).findFirst().orElse(null);
        if (taskId == null) {
            return null;
        }
        List<SiteDetails> linked = sites.findByTask(taskId);
        if (linked.isEmpty()) {
            return null;
        }
        List<LinkedFeature> features = linked.stream().map(s -> new LinkedFeature(s.code(),
                s.name(locale) + " · " + translate.apply("site.kind." + s.kind().name()) + " · "
                        + translate.apply("site.status." + s.status().name()),
                "sites?site=" + s.code())).toList();
        double[] framed = SiteDetails.extentOf(linked);
        double west = framed[0], south = framed[1], east = framed[2], north = framed[3];
        // a margin, so that a single point is not shown at the closest zoom nor a site cut by the map's edge
        double margin = Math.max(MIN_MARGIN_DEGREES, 0.15 * Math.max(east - west, north - south));
        double[] extent = {west - margin, south - margin, east + margin, north + margin};
        MapLayer layer = SiteStyles.allSites("task-sites", taskId, translate);
        return new FeatureSet(layer, features, extent);
    }
}
