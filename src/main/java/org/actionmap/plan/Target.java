package org.actionmap.plan;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A quantified aim found in a requirement, as the target catalogue states it. */
@Entity
@Table(name = "target")
class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private PlanTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requirement_id")
    private Requirement requirement;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String unit;

    @Column(name = "unit_zh", nullable = false)
    private String unitZh;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Comparator comparator;

    @Column(name = "target_value", nullable = false)
    private BigDecimal value;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    @Column(name = "stretch_value")
    private BigDecimal stretchValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureKind measure;

    @Column(name = "map_source")
    private String mapSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Accumulation accumulation;

    @Column(name = "reporter_unit_id", nullable = false)
    private Long reporterUnitId;

    @Column(name = "source_phrase", nullable = false)
    private String sourcePhrase;

    @ElementCollection
    @CollectionTable(name = "target_breakdown", joinColumns = @JoinColumn(name = "target_id"))
    private List<Breakdown> breakdown = new ArrayList<>();

    @Embeddable
    static class Breakdown {
        @Column(name = "unit_id", nullable = false)
        private Long unitId;
        @Column(name = "value", nullable = false)
        private BigDecimal value;

        protected Breakdown() {
        }

        Breakdown(Long unitId, BigDecimal value) {
            this.unitId = unitId;
            this.value = value;
        }
    }

    protected Target() {
    }

    Target(Plan plan, Requirement requirement, String code, int position) {
        this.plan = plan;
        this.task = requirement.getTask();
        this.requirement = requirement;
        this.code = code;
        this.position = position;
    }

    void describe(String nameZh, String nameEn, String unit, String unitZh, String sourcePhrase) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.unitZh = unitZh;
        this.sourcePhrase = sourcePhrase;
    }

    void aim(Comparator comparator, BigDecimal value, BigDecimal maxValue, BigDecimal stretchValue) {
        this.comparator = comparator;
        this.value = value;
        this.maxValue = maxValue;
        this.stretchValue = stretchValue;
    }

    void measure(MeasureKind measure, String mapSource, Accumulation accumulation, Long reporterUnitId) {
        this.measure = measure;
        this.mapSource = mapSource;
        this.accumulation = accumulation;
        this.reporterUnitId = reporterUnitId;
    }

    void addBreakdown(Long unitId, BigDecimal value) {
        breakdown.add(new Breakdown(unitId, value));
    }

    Long getId() { return id; }
    PlanTask getTask() { return task; }
    Requirement getRequirement() { return requirement; }
    MeasureKind getMeasure() { return measure; }
    Accumulation getAccumulation() { return accumulation; }
    Long getReporterUnitId() { return reporterUnitId; }

    TargetInfo toInfo() {
        return new TargetInfo(id, code, task.getNumber(), requirement.getNumber(), nameZh, nameEn, unit, unitZh,
                comparator, value, maxValue, stretchValue, measure, mapSource, accumulation, reporterUnitId,
                breakdown.stream().map(b -> new TargetInfo.Share(b.unitId, b.value)).toList(), sourcePhrase);
    }
}
