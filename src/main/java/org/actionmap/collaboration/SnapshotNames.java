package org.actionmap.collaboration;

import java.util.Locale;
import java.util.Optional;

/**
 * How a module names the ids its snapshots hold (a parcel's {@code zone_id}), so that a history says "Xiangxi Town →
 * EDZ Xiangxi area" instead of "18 → 28". One bean per module that keeps such ids; units are named by the history
 * itself.
 */
public interface SnapshotNames {

    /** The name of the object {@code id} that a snapshot's {@code field} refers to, or empty when it is not this module's. */
    Optional<String> name(String field, long id, Locale locale);
}
