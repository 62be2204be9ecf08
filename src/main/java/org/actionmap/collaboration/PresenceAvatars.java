package org.actionmap.collaboration;

import com.vaadin.flow.component.avatar.AvatarGroup;
import org.actionmap.security.OrgUnitInfo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * The avatars of the others looking at the same subject (a task, a target, a feature) right now, on any node. The
 * page announces itself while it is attached, keeps a heartbeat, and leaves when it is detached. A view that
 * re-renders re-attaches the same instance: leaving waits a moment, so a re-render neither leaves nor announces
 * again (which would make every other open page count its viewers anew).
 */
public class PresenceAvatars extends AvatarGroup {

    private static final Duration LINGER = Duration.ofSeconds(2);

    private final transient Presence presence;
    private final String kind;
    private final String key;
    private String token;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> leaving;

    public PresenceAvatars(Presence presence, LiveChanges live, String kind, String key, String me,
                           Map<Long, OrgUnitInfo> units) {
        this.presence = presence;
        this.kind = kind;
        this.key = key;
        addClassName("presence");
        setMaxItemsVisible(6);
        getElement().setAttribute("data-subject", kind + ":" + key);
        String subject = kind + ":" + key;
        addAttachListener(attach -> {
            synchronized (this) {
                if (leaving != null && leaving.cancel(false)) {
                    leaving = null;
                    return; // back before it left: still present
                }
                token = presence.enter(kind, key);
                String beating = token;
                heartbeat = LiveRefresh.every(Presence.HEARTBEAT, () -> presence.heartbeat(beating));
            }
            show(presence.others(kind, key, me), units);
        });
        addDetachListener(detach -> {
            synchronized (this) {
                String leavingToken = token;
                ScheduledFuture<?> beat = heartbeat;
                leaving = LiveRefresh.later(LINGER, () -> {
                    beat.cancel(false);
                    presence.leave(leavingToken);
                });
            }
        });
        LiveRefresh.keep(this, live, e -> ChangeEvent.PRESENCE.equals(e.kind()) && subject.equals(e.code()),
                events -> show(presence.others(kind, key, me), units));
    }

    /** Whether this shows the given subject, so that a view re-rendering the same subject can reuse it. */
    public boolean shows(String otherKind, String otherKey) {
        return kind.equals(otherKind) && key.equals(otherKey);
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
