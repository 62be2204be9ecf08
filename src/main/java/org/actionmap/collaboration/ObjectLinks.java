package org.actionmap.collaboration;

import java.util.Optional;

/** Where an object of a module's kinds opens (a route with parameters), so that the feeds link to it. */
public interface ObjectLinks {

    Optional<String> linkFor(String kind, String code);
}
