package org.actionmap.security;

import java.util.Locale;

/** The user behind the current request, as the services need it to decide what is allowed. */
public record SignedInUser(Long id, String username, String displayName, Role role, Long unitId, Locale locale) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }
}
