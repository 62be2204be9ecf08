package org.actionmap.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.actionmap.security.Role;

import java.util.List;

/** The shape of {@code users.yaml}: demo accounts whose password is their user name. */
record DemoUsers(List<User> users) {

    record User(String username, @JsonProperty("display_name") String displayName, Role role, String unit, String locale) {
    }
}
