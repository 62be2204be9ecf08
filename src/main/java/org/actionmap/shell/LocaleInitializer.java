package org.actionmap.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Chooses the language of every new UI: the signed-in user's saved choice, else what was picked on the sign-in
 * page, else the portal's default (zh-CN for the demo city). The browser's language is deliberately not used:
 * a bureau's shared PC should not switch the portal to English.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String CHOSEN_LOCALE = org.actionmap.security.LocalePreference.SESSION_ATTRIBUTE;

    private final CurrentUser currentUser;
    private final Locale defaultLocale;

    LocaleInitializer(CurrentUser currentUser, @Value("${actionmap.default-locale:zh-CN}") String defaultLocale) {
        this.currentUser = currentUser;
        this.defaultLocale = Locale.forLanguageTag(defaultLocale);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(resolve(e.getUI().getSession())));
    }

    Locale resolve(VaadinSession session) {
        return currentUser.get().map(SignedInUser::locale).orElseGet(() -> {
            Object chosen = session == null ? null : session.getAttribute(CHOSEN_LOCALE);
            return chosen instanceof Locale l ? l : defaultLocale;
        });
    }
}
