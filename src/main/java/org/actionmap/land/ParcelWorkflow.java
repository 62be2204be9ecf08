package org.actionmap.land;

import org.actionmap.common.MessageKey;
import org.actionmap.common.UserMessageException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The status rules of a parcel, pure so that they can be tested without a database. A parcel follows the workflow
 * of its purpose; every step it has reached carries the date it was reached (except "planned", which is where new
 * land starts), a step needs the one before it, dates never run backwards and never lie in the future.
 */
final class ParcelWorkflow {

    private ParcelWorkflow() {
    }

    static List<ParcelStatus> of(ParcelPurpose purpose) {
        return purpose == ParcelPurpose.IDLE_LAND ? ParcelStatus.IDLE_LAND : ParcelStatus.NEW_LAND;
    }

    /** Refuses a status and step dates that break the rules; the message names the step concerned. */
    static void check(ParcelPurpose purpose, ParcelStatus status, Map<ParcelStatus, LocalDate> steps, LocalDate today) {
        List<ParcelStatus> workflow = of(purpose);
        if (!workflow.contains(status)) {
            throw new UserMessageException("parcel.error.status-not-for-purpose", key(status), new MessageKey("parcel.purpose." + purpose.name()));
        }
        int reached = workflow.indexOf(status);
        LocalDate previousDate = null;
        ParcelStatus previous = null;
        for (int i = 0; i < workflow.size(); i++) {
            ParcelStatus step = workflow.get(i);
            LocalDate date = steps.get(step);
            if (i > reached) {
                if (date != null) {
                    throw new UserMessageException("parcel.error.step-not-reached", key(step), key(status));
                }
                continue;
            }
            if (date == null && step != ParcelStatus.PLANNED) {
                throw i == reached && previous != null
                        ? new UserMessageException("parcel.error.step-date-missing", key(step))
                        : new UserMessageException("parcel.error.step-needs-previous", key(status), key(step));
            }
            if (date != null) {
                if (date.isAfter(today)) {
                    throw new UserMessageException("parcel.error.step-in-future", key(step), java.sql.Date.valueOf(today));
                }
                if (previousDate != null && date.isBefore(previousDate)) {
                    throw new UserMessageException("parcel.error.step-before-previous", key(step), key(previous));
                }
                previousDate = date;
                previous = step;
            }
        }
        steps.keySet().stream().filter(s -> !workflow.contains(s)).findFirst().ifPresent(s -> {
            throw new UserMessageException("parcel.error.status-not-for-purpose", key(s), new MessageKey("parcel.purpose." + purpose.name()));
        });
    }

    /** Translation key of a status: the view translates message arguments that are keys. */
    private static MessageKey key(ParcelStatus status) {
        return new MessageKey("parcel.status." + status.name());
    }
}
