package org.actionmap.plan;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface PlanRepository extends JpaRepository<Plan, Long> {
    Optional<Plan> findFirstByOrderByYearDescIdDesc();

    Optional<Plan> findByYear(int year);
}

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {
    long countByIdIn(java.util.Collection<Long> ids);

    @Query("select t from PlanTask t where t.plan.id = :planId order by t.number")
    List<PlanTask> findByPlan(@Param("planId") Long planId);

    @Query("select t from PlanTask t where t.plan.id = :planId and t.number = :number")
    Optional<PlanTask> findByPlanAndNumber(@Param("planId") Long planId, @Param("number") int number);
}

interface TargetRepository extends JpaRepository<Target, Long> {
    @Query("select t from Target t join fetch t.task join fetch t.requirement where t.plan.id = :planId"
            + " order by t.task.number, t.requirement.number, t.position")
    List<Target> findByPlan(@Param("planId") Long planId);

    @Query("select t from Target t join fetch t.task join fetch t.requirement where t.plan.id = :planId and t.code = :code")
    java.util.Optional<Target> findByPlanAndCode(@Param("planId") Long planId, @Param("code") String code);
}

interface ProgressEntryRepository extends JpaRepository<ProgressEntry, Long> {
    @Query("select e from ProgressEntry e where e.target.plan.id = :planId and e.supersededAt is null")
    List<ProgressEntry> findCurrentByPlan(@Param("planId") Long planId);

    @Query("select e from ProgressEntry e where e.target.id = :targetId and e.month = :month and e.unitId = :unitId"
            + " and e.supersededAt is null")
    Optional<ProgressEntry> findCurrent(@Param("targetId") Long targetId, @Param("month") int month, @Param("unitId") Long unitId);

    @Query("select e from ProgressEntry e where e.target.id = :targetId and e.unitId = :unitId and e.supersededAt is null"
            + " order by e.month")
    List<ProgressEntry> findCurrentOfUnit(@Param("targetId") Long targetId, @Param("unitId") Long unitId);

    @Query("select e from ProgressEntry e where e.target.task.id = :taskId order by e.createdAt desc, e.id desc")
    List<ProgressEntry> findByTask(@Param("taskId") Long taskId);

    @Query("select e from ProgressEntry e where e.target.id = :targetId order by e.month, e.createdAt")
    List<ProgressEntry> findByTarget(@Param("targetId") Long targetId);

    @Query("select count(e) from ProgressEntry e where e.target.plan.id = :planId")
    long countByPlan(@Param("planId") Long planId);
}
