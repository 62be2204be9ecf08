package org.actionmap.plan;

import jakarta.persistence.*;

@Entity
@Table(name = "requirement")
class Requirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private PlanTask task;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String text;

    /** line of the plan document where the requirement starts, for reports that point back to the source */
    @Column(nullable = false)
    private int line;

    protected Requirement() {
    }

    Requirement(PlanTask task, int number, String text, int line) {
        this.task = task;
        this.number = number;
        this.text = text;
        this.line = line;
    }

    Long getId() { return id; }
    PlanTask getTask() { return task; }
    int getNumber() { return number; }
    String getText() { return text; }
}
