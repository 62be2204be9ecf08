package org.actionmap.plan;

import org.actionmap.map.MapLayer;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The map features that serve a task of the active plan (parcels now, power projects and sites later), implemented by
 * the modules that hold them, so that a task's page shows them on a map without the plan knowing them.
 */
public interface TaskFeatures {

    /** The features of a task as one layer and a list; null when the task has none of this kind. */
    FeatureSet forTask(int taskNumber, Function<String, String> translate, Locale locale);

    /** A layer of the task's features, the features listed under the map, and their extent (W, S, E, N). */
    record FeatureSet(MapLayer layer, List<LinkedFeature> features, double[] extent) {
    }

    /** A feature as the task's page lists it: code, a short description, and where it opens. */
    record LinkedFeature(String code, String label, String link) {
    }
}
