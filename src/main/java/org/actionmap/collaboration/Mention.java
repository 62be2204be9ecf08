package org.actionmap.collaboration;

/**
 * A mention recognised in a comment's text: where it stands ({@code start} is the index of the {@code @}, the
 * length includes it) and whom it names, a user or a whole unit (exactly one of the two ids is set).
 */
public record Mention(int start, int length, Long userId, Long unitId) {

    public int end() {
        return start + length;
    }
}
