package org.actionmap.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in user of the current request. Role and unit are read from the database on every call, so
 * that an administrator's change (a disabled account, a new unit) takes effect without a new sign-in.
 */
@Component
public class CurrentUser {

    private final AppUserRepository users;

    CurrentUser(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        return users.findById(principal.id())
                .filter(AppUser::isEnabled)
                .map(u -> new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getUnitId(),
                        Locale.forLanguageTag(u.getLocale())));
    }

    /** The signed-in user, or a refusal: every write path starts here. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new NotPermittedException("error.permission.signed-out"));
    }
}
