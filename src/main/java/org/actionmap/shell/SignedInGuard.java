package org.actionmap.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.actionmap.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Ends the session of a user whose account was disabled or deleted while signed in. Without it, their next
 * navigation would fail inside a view (no current user) instead of leading back to the sign-in page.
 */
@Component
class SignedInGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    SignedInGuard(CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (authentication.isAuthenticated() && currentUser.get().isEmpty()
                    && !"login".equals(enter.getLocation().getPath())) {
                enter.rerouteTo("login");
                authentication.logout();
            }
        }));
    }
}
