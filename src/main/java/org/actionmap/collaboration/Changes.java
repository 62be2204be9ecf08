package org.actionmap.collaboration;

import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a module records a change it made, inside the transaction that made it: the change log entry is written in
 * that transaction (a refused save leaves none), and once it commits every app node hears of it.
 */
@Component
public class Changes {

    private final ChangeLog log;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    Changes(ChangeLog log, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.log = log;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Records that the signed-in user (or the system, when nobody is signed in) changed an object; its state, code and
     * names are read from its module's {@link SnapshotSource}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String kind, long objectId, ChangeAction action) {
        String actor = currentUser.get().map(SignedInUser::username).orElse(null);
        long logId = log.write(kind, objectId, action, actor);
        // published in the transaction; LiveChanges sends it to the other nodes only after the commit
        events.publishEvent(new ChangeEvent(kind, objectId, log.entry(logId).orElseThrow().code(), action, actor, logId));
    }

    /**
     * Records the same change of many objects (an import of thousands of parcels): one change log entry per object,
     * written in one statement, and one event for the whole batch, naming its last object. Open views re-read what they
     * show on any change of the kind, so one event brings them all; a hundred thousand NOTIFYs would only queue up.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String kind, long[] objectIds, ChangeAction action) {
        if (objectIds.length == 0) {
            return;
        }
        String actor = currentUser.get().map(SignedInUser::username).orElse(null);
        long lastLogId = log.writeAll(kind, objectIds, action, actor);
        ChangeLogEntry last = log.entry(lastLogId).orElseThrow();
        events.publishEvent(new ChangeEvent(kind, last.objectId(), last.code(), action, actor, lastLogId));
    }
}
