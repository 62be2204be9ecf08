package org.actionmap.security;

/** A user account as the views see it; never carries the password hash. */
public record UserInfo(Long id, String username, String displayName, Role role, Long unitId,
                       String locale, boolean enabled, int version) {
}
