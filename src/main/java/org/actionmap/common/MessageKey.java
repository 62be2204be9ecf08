package org.actionmap.common;

/**
 * A message argument that is itself translated ("levelled" in the user's language), so a service can name a status
 * or a purpose in a refusal without knowing the user's language.
 */
public record MessageKey(String key) {
}
