/**
 * Collaboration: every committed change of a feature or a figure as an event, kept in the change log with who, of
 * which unit, when and the object's state after it (history, "as of" queries, the activity feed), and sent to every
 * app node through PostgreSQL LISTEN/NOTIFY so that open views update themselves through Vaadin push. Knows no
 * domain: modules record their changes through {@link org.actionmap.collaboration.Changes} and describe their objects'
 * state through {@link org.actionmap.collaboration.SnapshotSource}.
 *
 * <p>Comment threads on any object named by kind and key ({@link org.actionmap.collaboration.CommentService},
 * {@link org.actionmap.collaboration.CommentThreads}), with @mentions of users and units and the mentioned people's
 * notifications ({@link org.actionmap.collaboration.NotificationService}, the bell in the header).
 */
package org.actionmap.collaboration;
