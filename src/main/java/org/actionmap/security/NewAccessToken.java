package org.actionmap.security;

/** A token just created: {@code token} is the secret the user copies now; only its hash is kept. */
public record NewAccessToken(AccessTokenInfo info, String token) {
}
