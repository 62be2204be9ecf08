package org.actionmap.dashboard.ui;

import org.actionmap.plan.TargetStatus;

/** One colour per target state on tiles and charts: green met, blue on pace, red behind, greys without a figure. */
final class StatusColours {

    private StatusColours() {
    }

    static String of(TargetStatus status) {
        return switch (status) {
            case MET -> "#2e7d32";
            case ON_PACE -> "#1565c0";
            case BEHIND -> "#c62828";
            case NOT_REPORTED -> "#757575";
            case AWAITING_MAP -> "#bdbdbd";
        };
    }
}
