package org.actionmap.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One user's edit of one object in a form: holds the object's edit lock while the form is open, renews the lease in
 * the background, gives it up when the form saves, cancels or closes (or the page goes away), and tells the editor
 * when a colleague asks to take over, offering to hand it over. If the lease is lost anyway (it ran out), the form
 * is told so that nobody saves on top of a colleague's edit unknowingly.
 */
public final class EditSession {

    private final EditLocks locks;
    private final String kind;
    private final long objectId;
    private final String token;
    private final ScheduledFuture<?> renewal;
    private final Runnable unsubscribe;
    private final Registration detach;
    private final AtomicBoolean ended = new AtomicBoolean();

    private EditSession(EditLocks locks, String kind, long objectId, String token, ScheduledFuture<?> renewal,
                        Runnable unsubscribe, Registration detach) {
        this.locks = locks;
        this.kind = kind;
        this.objectId = objectId;
        this.token = token;
        this.renewal = renewal;
        this.unsubscribe = unsubscribe;
        this.detach = detach;
    }

    /**
     * Takes the lock for the form {@code owner}; throws {@link LockHeldException} while a colleague edits.
     *
     * @param handedOver called in the UI when the editor handed the object to a colleague who asked: close the form
     * @param lost       called in the UI when the lease ran out and was not renewed
     */
    public static EditSession start(EditLocks locks, LiveChanges live, Component owner, String kind, long objectId,
                                    String code, Runnable handedOver, Runnable lost) {
        String token = locks.acquire(kind, objectId, code);
        UI ui = UI.getCurrent();
        EditSession[] self = new EditSession[1];
        ScheduledFuture<?> renewal = LiveRefresh.every(locks.lease().dividedBy(4), () -> {
            if (!locks.renew(token) && self[0] != null && !self[0].ended.get()) {
                ui.access(() -> {
                    self[0].end();
                    lost.run();
                });
            }
        });
        String subject = kind + ":" + code;
        Runnable unsubscribe = live.subscribe(e -> {
            if (ChangeEvent.EDIT_LOCK.equals(e.kind()) && e.action() == ChangeAction.TAKEOVER_REQUESTED
                    && subject.equals(e.code())) {
                ui.access(() -> self[0].askToHandOver(owner, e.actor(), handedOver));
            }
        });
        Registration detach = owner.addDetachListener(e -> self[0].end());
        self[0] = new EditSession(locks, kind, objectId, token, renewal, unsubscribe, detach);
        return self[0];
    }

    /** Gives the lock up: after a save, a cancel, a close. Safe to call more than once. */
    public void end() {
        if (ended.compareAndSet(false, true)) {
            renewal.cancel(false);
            unsubscribe.run();
            detach.remove();
            locks.release(token);
        }
    }

    private void askToHandOver(Component owner, String who, Runnable handedOver) {
        if (ended.get()) {
            return;
        }
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("takeover-request");
        ask.setHeader(owner.getTranslation("lock.takeover.asked.title"));
        String name = locks.current(kind, objectId).map(EditLock::takeoverByName).orElse(who);
        ask.setText(owner.getTranslation("lock.takeover.asked.text", name));
        ask.setConfirmText(owner.getTranslation("lock.takeover.hand-over"));
        ask.setCancelable(true);
        ask.setCancelText(owner.getTranslation("lock.takeover.keep"));
        ask.addConfirmListener(e -> {
            if (locks.handOver(token)) {
                ended.set(true);
                renewal.cancel(false);
                unsubscribe.run();
                detach.remove();
                handedOver.run();
                Notification.show(owner.getTranslation("lock.takeover.handed", name), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            }
        });
        ask.open();
    }
}
