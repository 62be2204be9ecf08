package org.actionmap.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.*;
import jakarta.annotation.security.PermitAll;
import org.actionmap.collaboration.ActivityFeed;
import org.actionmap.collaboration.ActivityFilter;
import org.actionmap.collaboration.ChangeLog;
import org.actionmap.collaboration.CommentThread;
import org.actionmap.collaboration.CommentThreads;
import org.actionmap.collaboration.LiveChanges;
import org.actionmap.collaboration.ObjectLinks;
import org.actionmap.collaboration.Presence;
import org.actionmap.collaboration.PresenceAvatars;
import org.actionmap.collaboration.LiveRefresh;
import org.actionmap.plan.*;
import org.actionmap.plan.PlanViews.RequirementDetail;
import org.actionmap.plan.PlanViews.TaskDetail;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.actionmap.shell.MainLayout;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A task: its units, the text of each requirement with its targets, and the history of progress entries. */
@Route(value = "plan/tasks", layout = MainLayout.class)
@PermitAll
public class TaskDetailView extends VerticalLayout implements HasUrlParameter<Integer>, HasDynamicTitle {

    private final transient PlanService plans;
    private final transient ProgressService progress;
    private final transient OrgUnitService units;
    private final transient ReportingCalendar calendar;
    private final transient List<TaskFeatures> taskFeatures;
    private final transient org.actionmap.map.OnlineBaseMap onlineBaseMap;
    private final transient LiveChanges live;
    private final transient Presence presence;
    private final transient org.actionmap.collaboration.EditLocks locks;
    private final transient org.actionmap.security.CurrentUser currentUser;
    private final String me;
    /** The avatars beside the subject shown, kept while it stays shown so that a re-render does not re-announce it. */
    private PresenceAvatars presenceAvatars;
    private final transient ChangeLog changeLog;
    private final transient List<ObjectLinks> objectLinks;
    private final transient CommentThreads commentThreads;
    private int number;
    /** Kept across re-renders so that a comment being written survives a colleague's report. */
    private CommentThread comments;
    /** What this page shows, so that only changes that concern it re-render it. */
    private volatile java.util.Set<String> targetCodes = java.util.Set.of();
    private volatile boolean hasMapFigures;
    private int year;
    private String pageTitle = "";

    public TaskDetailView(PlanService plans, ProgressService progress, OrgUnitService units, ReportingCalendar calendar,
                          List<TaskFeatures> taskFeatures, org.actionmap.map.OnlineBaseMap onlineBaseMap,
                          LiveChanges live, ChangeLog changeLog, List<ObjectLinks> objectLinks, Presence presence,
                          org.actionmap.security.CurrentUser currentUser, org.actionmap.collaboration.EditLocks locks,
                          CommentThreads commentThreads) {
        this.locks = locks;
        this.currentUser = currentUser;
        this.presence = presence;
        this.me = currentUser.require().username();
        this.live = live;
        this.commentThreads = commentThreads;
        this.changeLog = changeLog;
        this.objectLinks = List.copyOf(objectLinks);
        this.onlineBaseMap = onlineBaseMap;
        this.taskFeatures = List.copyOf(taskFeatures);
        this.plans = plans;
        this.progress = progress;
        this.units = units;
        this.calendar = calendar;
        setMaxWidth("1100px");
        // a colleague's report or a changed feature moves this task's figures: shown without a reload
        LiveRefresh.keep(this, live, e -> concerns(e), events -> {
            if (plans.task(number).isPresent()) {
                render();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Integer taskNumber) {
        this.number = taskNumber;
        if (plans.task(taskNumber).isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("task.not-found", taskNumber));
            return;
        }
        comments = commentThreads.thread(PlanSnapshots.TASK, String.valueOf(taskNumber));
        comments.setId("task-comments");
        render();
    }

    /**
     * A report on one of this task's targets, or any change of map features when a target is computed from them; not
     * a comment.
     */
    private boolean concerns(org.actionmap.collaboration.ChangeEvent event) {
        if (org.actionmap.collaboration.CommentService.KIND.equals(event.kind())) {
            // the thread, the comment buttons and the activity feed follow comments themselves
            return false;
        }
        return event.changesContent() && (PlanSnapshots.PROGRESS_ENTRY.equals(event.kind())
                ? targetCodes.contains(event.code()) : hasMapFigures);
    }

    private void render() {
        removeAll();
        TaskDetail task = plans.task(number).orElseThrow();
        targetCodes = task.requirements().stream().flatMap(r -> r.targets().stream()).map(t -> t.target().code())
                .collect(Collectors.toSet());
        hasMapFigures = task.requirements().stream().flatMap(r -> r.targets().stream()).anyMatch(t -> t.mapFigure() != null
                || t.target().measure() == MeasureKind.COMPUTED);
        year = task.year();
        Map<Long, OrgUnitInfo> unitsById = units.byId();
        pageTitle = getTranslation("task.heading", task.number(), task.title(getLocale()));

        Anchor back = new Anchor("plan", "← " + getTranslation("nav.plan"));
        H2 heading = new H2(pageTitle);
        heading.setId("task-heading");
        add(back, heading, presenceFor("task", String.valueOf(task.number())));
        if (!task.title(getLocale()).equals(task.titleEn())) {
            Paragraph original = new Paragraph(task.titleEn());
            original.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
            add(original);
        }
        add(labelled("task.responsible", new UnitChips(task.responsibleUnitIds(), unitsById, getLocale())));
        if (!task.cooperatingUnitIds().isEmpty()) {
            add(labelled("task.cooperating", new UnitChips(task.cooperatingUnitIds(), unitsById, getLocale())));
        }

        List<TaskFeatures.FeatureSet> features = taskFeatures.stream()
                .map(f -> f.forTask(number, this::getTranslation, getLocale())).filter(java.util.Objects::nonNull).toList();
        if (!features.isEmpty()) {
            add(new TaskMapSection(features, onlineBaseMap));
        }
        for (RequirementDetail requirement : task.requirements()) {
            add(requirementSection(task, requirement, unitsById));
        }
        add(history(task, unitsById));
        add(new H3(getTranslation("comment.heading")), comments);
        // the task's activity: reports on its targets, changes of the features on its map, comments on it and its targets
        java.util.Set<String> codes = new java.util.HashSet<>(targetCodes);
        features.forEach(set -> set.features().forEach(f -> codes.add(f.code())));
        codes.add(org.actionmap.collaboration.CommentService.subjectCode(PlanSnapshots.TASK, String.valueOf(number)));
        targetCodes.forEach(code -> codes.add(org.actionmap.collaboration.CommentService.subjectCode(PlanSnapshots.TARGET, code)));
        ActivityFeed activity = new ActivityFeed(() -> changeLog.activity(new ActivityFilter(null, null, codes), 20),
                unitsById, objectLinks, live);
        activity.setId("task-activity");
        add(new H3(getTranslation("task.activity")), activity);
    }

    private Div labelled(String key, com.vaadin.flow.component.Component content) {
        Span label = new Span(getTranslation(key));
        label.getStyle().set("font-weight", "500").set("margin-right", "0.5em").set("min-width", "6em");
        Div row = new Div(label, content);
        row.getStyle().set("display", "flex").set("align-items", "baseline").set("gap", "0.5em");
        return row;
    }

    private Div requirementSection(TaskDetail task, RequirementDetail requirement, Map<Long, OrgUnitInfo> unitsById) {
        Div section = new Div();
        section.setWidthFull();
        section.addClassName("requirement");
        section.getStyle().set("box-sizing", "border-box").set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)");
        H4 title = new H4(getTranslation("task.requirement", requirement.number()));
        title.getStyle().set("margin", "0 0 0.3em 0");
        Paragraph text = new Paragraph(requirement.text());
        text.getStyle().set("white-space", "pre-line").set("margin", "0 0 0.5em 0");
        section.add(title, text);
        if (requirement.targets().isEmpty()) {
            Span none = new Span(getTranslation("task.no-targets"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            section.add(none);
        }
        for (TargetProgress target : requirement.targets()) {
            section.add(new TargetRow(target, task.year(), unitsById,
                    task.reportableTargetIds().contains(target.target().id()), this::openReport,
                    commentThreads.button(PlanSnapshots.TARGET, target.target().code(), target.target().name(getLocale()))));
        }
        return section;
    }

    private void openReport(TargetProgress target) {
        new ProgressDialog(progress, target.target(), year, calendar.openMonth(year), calendar.dueMonth(year), this::render,
                new ProgressDialog.Collaborators(locks, live, units.byId(), currentUser.require())).open();
    }

    private VerticalLayout history(TaskDetail task, Map<Long, OrgUnitInfo> unitsById) {
        Map<Long, TargetInfo> targets = task.targets().stream().map(TargetProgress::target)
                .collect(Collectors.toMap(TargetInfo::id, Function.identity()));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());

        Grid<ProgressEntryInfo> grid = new Grid<>();
        grid.setId("progress-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> QuantityFormat.month(task.year(), e.month(), getLocale())).setHeader(getTranslation("history.month")).setAutoWidth(true);
        grid.addColumn(e -> targets.get(e.targetId()).name(getLocale())).setHeader(getTranslation("history.target")).setFlexGrow(2);
        grid.addColumn(e -> QuantityFormat.format(e.value(), targets.get(e.targetId()), getLocale())).setHeader(getTranslation("history.value")).setAutoWidth(true);
        grid.addColumn(e -> e.authorName() + (e.authorUnitId() != null && unitsById.containsKey(e.authorUnitId())
                ? " · " + unitsById.get(e.authorUnitId()).name(getLocale()) : "")).setHeader(getTranslation("history.author")).setFlexGrow(1);
        grid.addColumn(e -> time.format(e.createdAt())).setHeader(getTranslation("history.time")).setAutoWidth(true);
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("history.note")).setFlexGrow(2);
        grid.addComponentColumn(e -> {
            Span state = new Span(getTranslation(e.current() ? "history.current" : "history.corrected"));
            if (!e.current()) {
                state.getStyle().set("color", "var(--lumo-secondary-text-color)").set("text-decoration", "line-through");
            }
            return state;
        }).setHeader(getTranslation("history.state")).setAutoWidth(true);
        // going back to an earlier figure: reported again as a correction, by those who report this target
        grid.addComponentColumn(e -> {
            if (e.current() || !task.reportableTargetIds().contains(e.targetId())) {
                return new Span();
            }
            com.vaadin.flow.component.button.Button again = new com.vaadin.flow.component.button.Button(
                    getTranslation("history.report-again"), click -> {
                try {
                    progress.reportAgain(e.id());
                    render();
                } catch (org.actionmap.common.UserMessageException ex) {
                    com.vaadin.flow.component.notification.Notification.show(ex.translate(this::getTranslation), 5000,
                            com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
                }
            });
            again.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            again.addClassName("report-again");
            return again;
        }).setAutoWidth(true).setKey("again");
        grid.setItems(progress.historyOfTask(task.number()));
        grid.setAllRowsVisible(true);

        VerticalLayout box = new VerticalLayout(new H3(getTranslation("history.title")), grid);
        box.setPadding(false);
        return box;
    }

    private PresenceAvatars presenceFor(String kind, String key) {
        if (presenceAvatars == null || !presenceAvatars.shows(kind, key)) {
            presenceAvatars = new PresenceAvatars(presence, live, kind, key, me, units.byId());
        }
        return presenceAvatars;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.name");
    }
}
