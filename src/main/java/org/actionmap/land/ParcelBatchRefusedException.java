package org.actionmap.land;

import org.actionmap.common.UserMessageException;

import java.util.List;

/** A batch of new parcels refused; nothing of it was written. Carries every problem found, by parcel. */
public class ParcelBatchRefusedException extends UserMessageException {

    private final transient List<ParcelBatchProblem> problems;

    ParcelBatchRefusedException(List<ParcelBatchProblem> problems) {
        super("parcel.batch.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ParcelBatchProblem> problems() {
        return problems;
    }
}
