package org.actionmap.collaboration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.actionmap.common.UserMessageException;
import org.actionmap.security.OrgUnitInfo;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;

/**
 * Shown instead of a form while a colleague edits the object: who, of which unit, since when; the object can be read
 * meanwhile. "Ask to take over" tells the holder; once they hand it over, or their lease runs out, or they finish,
 * {@code free} is called (in the UI) so the form can open for this user.
 */
public class LockNotice extends Div {

    public LockNotice(EditLocks locks, LiveChanges live, EditLock lock, Map<Long, OrgUnitInfo> units, String me,
                      Runnable free) {
        setId("lock-notice");
        getStyle().set("background", "#fff3e0").set("border-left", "4px solid #ef6c00").set("padding", ".5em .7em")
                .set("font-size", "var(--lumo-font-size-s)");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        String unit = Optional.ofNullable(lock.holderUnitId()).map(units::get).map(u -> u.name(getLocale())).orElse("");
        Span text = new Span(getTranslation("lock.notice", lock.holderName(), unit, time.format(lock.since())));
        text.getStyle().set("display", "block");
        Span status = new Span();
        status.setId("lock-notice-status");
        status.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
        Button ask = new Button(getTranslation("lock.takeover.ask"));
        ask.setId("lock-takeover-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_SMALL);
        ask.addClickListener(e -> {
            try {
                EditLock asked = locks.requestTakeover(lock.kind(), lock.objectId());
                ask.setEnabled(false);
                status.setText(getTranslation("lock.takeover.waiting", asked.holderName(),
                        time.format(asked.expiresAt().isBefore(java.time.Instant.now().plus(locks.lease()))
                                ? asked.expiresAt() : java.time.Instant.now().plus(locks.lease()))));
            } catch (UserMessageException ex) {
                status.setText(ex.translate(this::getTranslation));
            }
        });
        add(text, ask, status);
        // a lease that runs out sends no signal: look now and then
        addAttachListener(attach -> {
            var ui = attach.getUI();
            var check = LiveRefresh.every(locks.lease().dividedBy(4), () -> {
                if (locks.current(lock.kind(), lock.objectId()).isEmpty()) {
                    ui.access(free::run);
                }
            });
            addDetachListener(detach -> {
                check.cancel(false);
                detach.unregisterListener();
            });
        });
        String subject = lock.kind() + ":" + lock.code();
        // handed to this user, or the holder finished: the object is free to edit
        LiveRefresh.keep(this, live, e -> ChangeEvent.EDIT_LOCK.equals(e.kind()) && subject.equals(e.code())
                        && (e.action() == ChangeAction.UNLOCKED
                        || e.action() == ChangeAction.TAKEOVER_GRANTED && me.equals(e.actor())),
                events -> free.run());
    }
}
