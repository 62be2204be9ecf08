package org.actionmap.collaboration;

/**
 * How a module brings one of its objects back to a state kept in the change log: as a new change by the signed-in
 * user, checked like any edit of theirs (permissions, rules, geometry), and recorded as {@link ChangeAction#REVERTED}.
 */
public interface Reverter {

    String kind();

    /** @param snapshot the state to bring back, as the module's {@link SnapshotSource} described it */
    void revert(long objectId, String snapshot);
}
