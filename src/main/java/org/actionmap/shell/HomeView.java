package org.actionmap.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.Role;

/**
 * "/" sends each user where their day starts: staff to the targets they report, leaders to the overview of every
 * target, administrators to the plan.
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Role role = currentUser.require().role();
        event.forwardTo(switch (role) {
            case STAFF -> "my-tasks";
            case LEADER -> "dashboard";
            default -> "plan";
        });
    }
}
