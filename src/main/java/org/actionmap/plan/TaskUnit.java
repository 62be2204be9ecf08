package org.actionmap.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A unit named by a task, as responsible or cooperating; ordered as the document lists them. */
@Embeddable
class TaskUnit {

    enum Role { RESPONSIBLE, COOPERATING }

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "position", nullable = false)
    private int position;

    protected TaskUnit() {
    }

    TaskUnit(Long unitId, Role role, int position) {
        this.unitId = unitId;
        this.role = role;
        this.position = position;
    }

    Long getUnitId() { return unitId; }
    Role getRole() { return role; }
}
