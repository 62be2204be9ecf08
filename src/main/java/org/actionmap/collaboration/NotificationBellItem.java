package org.actionmap.collaboration;

import com.vaadin.flow.component.Component;
import org.actionmap.security.OrgUnitService;
import org.actionmap.shell.HeaderItem;

/** Puts the notification bell in every page's header. */
@org.springframework.stereotype.Component
class NotificationBellItem implements HeaderItem {

    private final NotificationService notifications;
    private final CommentLinks links;
    private final LiveChanges live;
    private final OrgUnitService units;

    NotificationBellItem(NotificationService notifications, CommentLinks links, LiveChanges live, OrgUnitService units) {
        this.notifications = notifications;
        this.links = links;
        this.units = units;
        this.live = live;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications, links, live, units.byId());
    }
}
