package org.actionmap.collaboration;

import com.vaadin.flow.component.avatar.AvatarGroup;
import org.actionmap.security.OrgUnitInfo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * The avatars of the others looking at the same subject (a task, a target, a feature) right now, on any node. The
 * page announces itself while it is attached, keeps a heartbeat, and leaves when it is detached.
 */
public class PresenceAvatars extends AvatarGroup {

    public PresenceAvatars(Presence presence, LiveChanges live, String kind, String key, String me,
                           Map<Long, OrgUnitInfo> units) {
        addClassName("presence");
        setMaxItemsVisible(6);
        getElement().setAttribute("data-subject", kind + ":" + key);
        String subject = kind + ":" + key;
        addAttachListener(attach -> {
            String token = presence.enter(kind, key);
            ScheduledFuture<?> heartbeat = LiveRefresh.every(Presence.HEARTBEAT, () -> presence.heartbeat(token));
            addDetachListener(detach -> {
                heartbeat.cancel(false);
                presence.leave(token);
                detach.unregisterListener();
            });
            show(presence.others(kind, key, me), units);
        });
        LiveRefresh.keep(this, live, e -> ChangeEvent.PRESENCE.equals(e.kind()) && subject.equals(e.code()),
                events -> show(presence.others(kind, key, me), units));
    }

    private void show(List<Presence.Viewer> viewers, Map<Long, OrgUnitInfo> units) {
        setItems(viewers.stream().map(v -> {
            String unit = Optional.ofNullable(v.unitId()).map(units::get).map(u -> u.name(getLocale())).orElse("");
            AvatarGroupItem item = new AvatarGroupItem(unit.isEmpty() ? v.displayName()
                    : getTranslation("presence.viewer", v.displayName(), unit));
            item.setAbbreviation(v.displayName().substring(0, Math.min(1, v.displayName().length())));
            return item;
        }).toList());
        setVisible(!viewers.isEmpty());
        getElement().setAttribute("title", viewers.isEmpty() ? "" : getTranslation("presence.also-here", viewers.size()));
    }
}
