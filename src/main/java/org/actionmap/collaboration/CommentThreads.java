package org.actionmap.collaboration;

import org.actionmap.security.CurrentUser;
import org.actionmap.security.OrgUnitService;
import org.actionmap.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Where a view gets comment threads for its subjects: {@code threads.thread("task", "1")} for a thread in the page,
 * {@code threads.button("parcel", code, title)} for a "Comments (n)" button that opens one in a dialog.
 */
@Component
public class CommentThreads {

    private final CommentService comments;
    private final LiveChanges live;
    private final OrgUnitService units;
    private final CurrentUser currentUser;

    CommentThreads(CommentService comments, LiveChanges live, OrgUnitService units, CurrentUser currentUser) {
        this.comments = comments;
        this.live = live;
        this.units = units;
        this.currentUser = currentUser;
    }

    /** A subject's thread for the signed-in user (read only when nobody is signed in). */
    public CommentThread thread(String subjectKind, String subjectKey) {
        // the viewer is fixed now, in the request: live refreshes run outside it, where nobody is signed in
        String viewer = currentUser.get().map(SignedInUser::username).orElse(null);
        return new CommentThread(comments, live, units.byId(), viewer, subjectKind, subjectKey);
    }

    /** A "Comments (n)" button that opens the subject's thread in a dialog titled by {@code title}. */
    public CommentsButton button(String subjectKind, String subjectKey, String title) {
        return new CommentsButton(comments, live, subjectKind, subjectKey, title, () -> thread(subjectKind, subjectKey));
    }
}
