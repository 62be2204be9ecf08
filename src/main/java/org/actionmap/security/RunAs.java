package org.actionmap.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs server-side work as a given user, through the same services and permission checks as the UI. Used to
 * load the demo city's illustrative progress as the demo users who would have reported it, and by tests.
 */
@Component
public class RunAs {

    private final DatabaseUserDetailsService userDetails;

    RunAs(DatabaseUserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public <T> T user(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        AccountPrincipal principal = (AccountPrincipal) userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
