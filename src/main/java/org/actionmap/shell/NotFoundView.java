package org.actionmap.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An address without a page (also a task number the plan does not have), in the user's language. */
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // a view that reroutes here with its own (translated) reason passes it as the custom message
        show("error.not-found.title", "error.not-found.text", parameter.hasCustomMessage() ? parameter.getCustomMessage() : null);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
