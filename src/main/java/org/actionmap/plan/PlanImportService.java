package org.actionmap.plan;

import org.actionmap.common.UserMessageException;
import org.actionmap.plan.catalogue.CatalogueCheck;
import org.actionmap.plan.catalogue.CatalogueIssue;
import org.actionmap.plan.catalogue.TargetCatalogue;
import org.actionmap.plan.catalogue.TargetCatalogueReader;
import org.actionmap.plan.catalogue.TargetSpec;
import org.actionmap.plan.document.ParsedPlan;
import org.actionmap.plan.document.ParsedRequirement;
import org.actionmap.plan.document.ParsedTask;
import org.actionmap.plan.document.PlanDocumentException;
import org.actionmap.plan.document.PlanDocumentReader;
import org.actionmap.security.AccessRules;
import org.actionmap.security.CurrentUser;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.*;

/**
 * Loads a plan document and the catalogue of its targets in one transaction: the document is read, every unit
 * it names is matched to an organisation unit, every target is tied to its requirement, and only when all of
 * that succeeds is anything written. A year that already has progress entries is never replaced.
 */
@Service
public class PlanImportService {

    /** A problem found while loading, with the document line (0 when it concerns the whole file). */
    public record ImportProblem(int line, String key, List<String> args) {
    }

    public record LoadedPlan(int year, int taskCount, int targetCount, long entryCount, String loadedBy, Instant loadedAt) {
    }

    /** The document or catalogue was refused; nothing was stored. */
    public static class PlanImportException extends UserMessageException {
        private final transient List<ImportProblem> problems;

        PlanImportException(List<ImportProblem> problems) {
            super("plan.import.refused", problems.size());
            this.problems = List.copyOf(problems);
        }

        public List<ImportProblem> problems() {
            return problems;
        }
    }

    private final PlanRepository plans;
    private final TargetRepository targets;
    private final ProgressEntryRepository entries;
    private final OrgUnitService units;
    private final CurrentUser currentUser;
    private final AccessRules rules;

    PlanImportService(PlanRepository plans, TargetRepository targets, ProgressEntryRepository entries,
                      OrgUnitService units, CurrentUser currentUser, AccessRules rules) {
        this.plans = plans;
        this.targets = targets;
        this.entries = entries;
        this.units = units;
        this.currentUser = currentUser;
        this.rules = rules;
    }

    /** An administrator's upload. The year comes from the catalogue; without one it must be given. */
    @Transactional
    public LoadedPlan importPlan(byte[] document, byte[] catalogue, Integer year) {
        var admin = currentUser.require();
        rules.requireAdmin(admin);
        return load(document, catalogue, year, admin.username());
    }

    /** Loads trusted seed data (the demo city) without a signed-in administrator. */
    @Transactional
    public LoadedPlan importTrusted(InputStream document, InputStream catalogue, String loadedBy) throws IOException {
        return load(document.readAllBytes(), catalogue == null ? null : catalogue.readAllBytes(), null, loadedBy);
    }

    @Transactional(readOnly = true)
    public Optional<LoadedPlan> loadedPlan() {
        return plans.findFirstByOrderByYearDescIdDesc().map(p -> new LoadedPlan(p.getYear(), p.getTasks().size(),
                targets.findByPlan(p.getId()).size(), entries.countByPlan(p.getId()), p.getLoadedBy(), p.getLoadedAt()));
    }

    private LoadedPlan load(byte[] documentBytes, byte[] catalogueBytes, Integer requestedYear, String loadedBy) {
        List<ImportProblem> problems = new ArrayList<>();
        ParsedPlan parsed = null;
        try {
            parsed = new PlanDocumentReader().read(new ByteArrayInputStream(documentBytes));
        } catch (PlanDocumentException e) {
            e.problems().forEach(p -> problems.add(new ImportProblem(p.line(), p.code(), p.args())));
        }
        TargetCatalogue catalogue = null;
        if (catalogueBytes != null) {
            try {
                catalogue = new TargetCatalogueReader().read(new ByteArrayInputStream(catalogueBytes));
            } catch (Exception e) {
                problems.add(new ImportProblem(0, "plan.import.error.catalogue", List.of(String.valueOf(e.getMessage()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanImportException(problems);
        }
        int year = catalogue != null ? catalogue.plan().year() : requestedYear == null ? 0 : requestedYear;
        if (year < 1990 || year > 2100) {
            throw new PlanImportException(List.of(new ImportProblem(0, "plan.import.error.year-missing", List.of())));
        }
        if (catalogue != null && requestedYear != null && requestedYear != year) {
            problems.add(new ImportProblem(0, "plan.import.error.year-mismatch",
                    List.of(String.valueOf(requestedYear), String.valueOf(year))));
        }

        Map<String, Long> unitIds = resolveUnits(parsed, catalogue, problems);
        if (catalogue != null) {
            checkCatalogue(parsed, catalogue, problems);
        }
        Optional<Plan> existing = plans.findByYear(year);
        if (existing.isPresent() && entries.countByPlan(existing.get().getId()) > 0) {
            problems.add(new ImportProblem(0, "plan.import.error.year-has-progress", List.of(String.valueOf(year))));
        }
        if (!problems.isEmpty()) {
            throw new PlanImportException(problems);
        }
        existing.ifPresent(p -> {
            plans.delete(p);
            plans.flush();
        });
        return store(year, parsed, catalogue, unitIds, documentBytes, loadedBy);
    }

    /** Matches every unit phrase of the document (and every unit code of the catalogue) to a unit. */
    private Map<String, Long> resolveUnits(ParsedPlan parsed, TargetCatalogue catalogue, List<ImportProblem> problems) {
        Map<String, Long> ids = new HashMap<>();
        for (ParsedTask task : parsed.tasks()) {
            resolvePhrases(task.responsibleUnits(), task.responsibleLine(), ids, problems);
            resolvePhrases(task.cooperatingUnits(), task.cooperatingLine(), ids, problems);
        }
        if (catalogue != null) {
            for (TargetSpec t : catalogue.targets()) {
                List<String> codes = new ArrayList<>();
                codes.add(t.reporter());
                t.breakdown().forEach(b -> codes.add(b.unit()));
                for (String code : codes) {
                    if (!ids.containsKey("#" + code)) {
                        units.findByCode(code).ifPresentOrElse(u -> ids.put("#" + code, u.id()),
                                () -> problems.add(new ImportProblem(0, "plan.import.error.unknown-unit-code", List.of(code, t.code()))));
                    }
                }
            }
        }
        return ids;
    }

    /** Every target tied to its requirement's text, and every quantity of the text accounted for. */
    private void resolvePhrases(List<String> phrases, int line, Map<String, Long> ids, List<ImportProblem> problems) {
        for (String phrase : phrases) {
            if (!ids.containsKey(phrase)) {
                Optional<OrgUnitInfo> unit = units.resolvePhrase(phrase);
                if (unit.isPresent()) {
                    ids.put(phrase, unit.get().id());
                } else {
                    problems.add(new ImportProblem(line, "plan.import.error.unknown-unit", List.of(phrase)));
                }
            }
        }
    }

    private static void checkCatalogue(ParsedPlan parsed, TargetCatalogue catalogue, List<ImportProblem> problems) {
        for (CatalogueIssue issue : CatalogueCheck.issues(catalogue, parsed)) {
            problems.add(new ImportProblem(0, "plan.import.error.catalogue-check",
                    List.of(String.valueOf(issue.task()), String.valueOf(issue.requirement()), issue.message())));
        }
    }

    private LoadedPlan store(int year, ParsedPlan parsed, TargetCatalogue catalogue, Map<String, Long> unitIds,
                             byte[] documentBytes, String loadedBy) {
        String titleZh = catalogue != null ? catalogue.plan().title().zh() : String.valueOf(year);
        String titleEn = catalogue != null ? catalogue.plan().title().en() : String.valueOf(year);
        Plan plan = new Plan(year, titleZh, titleEn, parsed.editorLine(),
                new String(documentBytes, StandardCharsets.UTF_8), loadedBy);
        Map<String, Requirement> requirements = new HashMap<>();
        for (ParsedTask parsedTask : parsed.tasks()) {
            String taskZh = catalogue == null || catalogue.taskTitles().get(parsedTask.number()) == null ? null
                    : catalogue.taskTitles().get(parsedTask.number()).zh();
            PlanTask task = new PlanTask(plan, parsedTask.number(), parsedTask.title(), taskZh);
            addUnits(task, parsedTask.responsibleUnits(), TaskUnit.Role.RESPONSIBLE, unitIds);
            addUnits(task, parsedTask.cooperatingUnits(), TaskUnit.Role.COOPERATING, unitIds);
            for (ParsedRequirement r : parsedTask.requirements()) {
                Requirement requirement = new Requirement(task, r.number(), r.text(), r.line());
                task.getRequirements().add(requirement);
                requirements.put(parsedTask.number() + "." + r.number(), requirement);
            }
            plan.getTasks().add(task);
        }
        plan = plans.saveAndFlush(plan);
        int count = 0;
        if (catalogue != null) {
            for (TargetSpec spec : catalogue.targets()) {
                Target target = new Target(plan, requirements.get(spec.task() + "." + spec.requirement()), spec.code(), count++);
                target.describe(spec.name().zh(), spec.name().en(), spec.unit(), spec.unitZh(), spec.source());
                target.aim(spec.comparator(), spec.value(), spec.max(), spec.stretch());
                target.measure(spec.measure(), spec.mapSource() == null ? null : spec.mapSource().key(), spec.accumulation(), unitIds.get("#" + spec.reporter()));
                spec.breakdown().forEach(b -> target.addBreakdown(unitIds.get("#" + b.unit()), b.value()));
                targets.save(target);
            }
        }
        return new LoadedPlan(year, parsed.tasks().size(), count, 0, loadedBy, plan.getLoadedAt());
    }

    private static void addUnits(PlanTask task, List<String> phrases, TaskUnit.Role role, Map<String, Long> unitIds) {
        Set<Long> seen = new HashSet<>();
        int position = task.getUnits().size();
        for (String phrase : phrases) {
            Long id = unitIds.get(phrase);
            // several phrases may mean one unit ("towns", "townships", "streets"): keep it once
            if (seen.add(id)) {
                task.getUnits().add(new TaskUnit(id, role, position++));
            }
        }
    }
}
