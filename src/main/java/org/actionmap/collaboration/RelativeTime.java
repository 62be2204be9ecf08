package org.actionmap.collaboration;

import com.vaadin.flow.component.Component;

import java.time.Duration;

/** "just now", "3 minutes ago", "2 days ago" in the language of the component that shows it. */
final class RelativeTime {

    private RelativeTime() {
    }

    static String ago(Component shownIn, Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return shownIn.getTranslation("activity.ago.now");
        }
        if (minutes < 60) {
            return shownIn.getTranslation(minutes == 1 ? "activity.ago.minute" : "activity.ago.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return shownIn.getTranslation(hours == 1 ? "activity.ago.hour" : "activity.ago.hours", hours);
        }
        long days = hours / 24;
        return shownIn.getTranslation(days == 1 ? "activity.ago.day" : "activity.ago.days", days);
    }
}
