package org.actionmap.security;

import java.time.Instant;

/** A live personal access token as its owner sees it in the list: never the token itself, which is shown once. */
public record AccessTokenInfo(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
}
