package org.actionmap.collaboration;

import java.util.Set;

/**
 * Which changes an activity feed shows: of some kinds of objects, by one unit, of some objects (a task's features and
 * figures), or all of them (null or empty: no restriction).
 */
public record ActivityFilter(Set<String> kinds, Long unitId, Set<String> codes) {

    public static final ActivityFilter ALL = new ActivityFilter(null, null, null);
}
