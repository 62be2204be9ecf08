package org.actionmap.plan.document;

/** What a single line of a plan document looks like on its own, before context decides its role. */
enum LineKind {
    BLANK,
    /** "N. text": a task heading or a requirement item, told apart by what follows */
    NUMBERED,
    /** "Responsible unit(s): ..." */
    RESPONSIBLE,
    /** "Cooperating / Coordinating / Cooperation unit(s): ..." */
    COOPERATING,
    /** "Work requirements:" or "Job requirements:" */
    REQUIREMENTS_HEADER,
    /** some other short "Label: ..." line */
    OTHER_HEADER,
    /** the closing "Responsible Editor ..." line */
    EDITOR,
    TEXT
}
