package org.actionmap.plan;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;

/** A target's reported value for one month. Never updated in place except to mark it superseded by a correction. */
@Entity
@Table(name = "progress_entry")
class ProgressEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    private Target target;

    /** the unit whose figure this is: the reporting unit, or a member's own share of a group's figure */
    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private int month;

    @Column(nullable = false)
    private BigDecimal value;

    private String note;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "author_unit_id")
    private Long authorUnitId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "superseded_by")
    private Long supersededBy;

    protected ProgressEntry() {
    }

    ProgressEntry(Target target, Long unitId, int month, BigDecimal value, String note, Long authorId, String authorName,
                  Long authorUnitId) {
        this.target = target;
        this.unitId = unitId;
        this.month = month;
        this.value = value;
        this.note = note;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorUnitId = authorUnitId;
    }

    /** Marks this entry as replaced; first without the correction (which needs the current slot), then with it. */
    void supersede(ProgressEntry correction) {
        if (supersededAt == null) {
            supersededAt = Instant.now();
        }
        if (correction != null) {
            supersededBy = correction.id;
        }
    }

    Long getId() { return id; }
    Target getTarget() { return target; }
    int getMonth() { return month; }
    Long getUnitId() { return unitId; }
    BigDecimal getValue() { return value; }
    boolean isCurrent() { return supersededAt == null; }

    ProgressEntryInfo toInfo() {
        return new ProgressEntryInfo(id, target.getId(), unitId, month, value, note, authorName, authorUnitId, createdAt,
                supersededAt);
    }
}
