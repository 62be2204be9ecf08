package org.actionmap.plan;

import jakarta.persistence.*;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "plan_task")
class PlanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(nullable = false)
    private int number;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_zh")
    private String titleZh;

    @ElementCollection
    @CollectionTable(name = "plan_task_unit", joinColumns = @JoinColumn(name = "task_id"))
    @OrderBy("position")
    private List<TaskUnit> units = new ArrayList<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Requirement> requirements = new ArrayList<>();

    protected PlanTask() {
    }

    PlanTask(Plan plan, int number, String titleEn, String titleZh) {
        this.plan = plan;
        this.number = number;
        this.titleEn = titleEn;
        this.titleZh = titleZh;
    }

    Long getId() { return id; }
    Plan getPlan() { return plan; }
    int getNumber() { return number; }
    String getTitleEn() { return titleEn; }
    String getTitleZh() { return titleZh; }
    List<TaskUnit> getUnits() { return units; }
    List<Requirement> getRequirements() { return requirements; }

    List<Long> unitIds(TaskUnit.Role role) {
        return units.stream().filter(u -> u.getRole() == role).map(TaskUnit::getUnitId).toList();
    }

    /** Responsible and cooperating units together: who may report on this task's targets. */
    List<Long> unitsInCharge() {
        return units.stream().map(TaskUnit::getUnitId).distinct().toList();
    }
}
