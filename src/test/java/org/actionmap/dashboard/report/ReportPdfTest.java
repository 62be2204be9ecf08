package org.actionmap.dashboard.report;

import org.actionmap.ActionMapTest;
import org.actionmap.plan.MapFigure;
import org.actionmap.plan.PlanService;
import org.actionmap.plan.PlanStanding;
import org.actionmap.plan.QuantityFormat;
import org.actionmap.plan.TargetInfo;
import org.actionmap.plan.TargetProgress;
import org.actionmap.plan.TargetStatus;
import org.actionmap.plan.TaskFeatures;
import org.actionmap.security.OrgUnitInfo;
import org.actionmap.security.OrgUnitService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The August report's PDF read back with PDFBox: its figures are those of the plan's standing at the end of August,
 * formatted as the portal formats them, in Chinese and in English. The text is compared with all white space removed,
 * since a table cell may wrap its text over several lines.
 */
@ActionMapTest
class ReportPdfTest {

    private static final int AUGUST = 8;

    @Autowired
    ReportGenerator generator;
    @Autowired
    PlanService plan;
    @Autowired
    OrgUnitService units;
    @Autowired
    List<TaskFeatures> taskFeatures;

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theAugustPdfPrintsEveryTaskAndTargetWithTheStandingsFiguresAndAMapPerSpatialTask(String tag) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        PlanStanding standing = plan.standingAsOf(AUGUST).orElseThrow();
        byte[] pdf = generator.generate(AUGUST, locale, EnumSet.of(ReportFormat.PDF), "Reader").files().get(ReportFormat.PDF);
        keepForReading(pdf, "ActionMap-2011-08-" + tag + ".pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text).contains(squeeze(words(locale, "report.page").replace("{0}", "1")
                    .replace("{1}", String.valueOf(document.getNumberOfPages()))));
            for (PDFont font : fontsOfFirstPage(document)) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
        ResourceBundle bundle = bundle(locale);
        Map<Long, OrgUnitInfo> unitsById = units.byId();

        assertThat(text).contains(squeeze(standing.title(locale)));
        for (PlanStanding.Task task : standing.tasks()) {
            assertThat(text).contains(squeeze(bundle.getString("report.task-heading")
                    .replace("{0}", String.valueOf(task.number())).replace("{1}", task.title(locale))));
        }
        for (PlanStanding.TargetStanding target : standing.targets()) {
            assertThat(text).as(target.target().code()).contains(squeeze(target.target().name(locale)));
        }

        // targets of different kinds: money, a land figure computed from parcels in mu, a count, one behind its pace
        TargetProgress money = first(standing, p -> isMoney(p.target()) && hasFigure(p));
        TargetProgress land = first(standing, p -> p.mapFigure() != null
                && p.mapFigure().featureKind() == MapFigure.FeatureKind.parcels && hasFigure(p));
        TargetProgress count = first(standing, p -> !isMoney(p.target()) && p.target().reported() && hasFigure(p)
                && p.actual().stripTrailingZeros().scale() <= 0 && !"%".equals(p.target().unit()));
        TargetProgress behind = first(standing, p -> p.status() == TargetStatus.BEHIND);
        assertThat(land.target().unit(locale)).isEqualTo(bundle.getString("unit.mu"));
        for (TargetProgress p : List.of(money, land, count, behind)) {
            String actual = QuantityFormat.format(p.actual(), p.target(), locale);
            String expected = QuantityFormat.format(p.expectedByNow(), p.target(), locale);
            String status = bundle.getString("status." + p.status().name());
            String reporter = unitsById.get(p.target().reporterUnitId()).name(locale);
            // the row: name, aim, actual, %, expected by now, status, responsible unit, each cell in turn
            assertThat(text).as(p.target().code()).contains(squeeze(p.target().name(locale)))
                    .contains(squeeze(actual))
                    .contains(squeeze(expected + status + reporter));
            assertThat(text).as(p.target().code() + ": actual in its row")
                    .containsPattern(java.util.regex.Pattern.quote(squeeze(p.target().name(locale))) + ".{0,120}?"
                            + java.util.regex.Pattern.quote(squeeze(actual)));
        }

        // the lagging list: exactly the targets behind, and those without a figure although a month was due
        String lagging = text.substring(text.lastIndexOf(squeeze(bundle.getString("report.section.lagging"))));
        for (PlanStanding.TargetStanding s : standing.targets()) {
            TargetProgress p = s.progress();
            String name = squeeze(p.target().name(locale));
            String row = squeeze(p.target().taskNumber() + p.target().name(locale)
                    + (hasFigure(p) ? QuantityFormat.format(p.actual(), p.target(), locale) : "—"));
            boolean lags = p.status() == TargetStatus.BEHIND || p.status() == TargetStatus.NOT_REPORTED;
            if (lags) {
                PlanStanding.Task task = standing.tasks().stream().filter(t -> t.number() == p.target().taskNumber())
                        .findFirst().orElseThrow();
                String taskUnits = task.responsibleUnitIds().stream().map(id -> unitsById.get(id).name(locale))
                        .collect(Collectors.joining(locale.getLanguage().equals("zh") ? "、" : ", "));
                assertThat(lagging).as("lagging " + p.target().code()).contains(row)
                        .contains(squeeze(bundle.getString("status." + p.status().name())
                                + unitsById.get(p.target().reporterUnitId()).name(locale) + taskUnits));
            } else {
                assertThat(lagging).as("not lagging " + p.target().code()).doesNotContain(row);
            }
            assertThat(name).isNotEmpty();
        }
        assertThat(standing.targets()).anyMatch(s -> s.progress().status() == TargetStatus.BEHIND);

        // a map page for every task with features on the map, and none for the others
        int maps = 0;
        for (PlanStanding.Task task : standing.tasks()) {
            String title = squeeze(bundle.getString("report.map.title").replace("{0}", String.valueOf(task.number()))
                    .replace("{1}", task.title(locale)));
            boolean spatial = taskFeatures.stream().map(f -> f.forTask(task.number(), bundle::getString, locale))
                    .anyMatch(set -> set != null && !set.features().isEmpty());
            if (spatial) {
                maps++;
                assertThat(text).as("map of task " + task.number()).contains(title);
            } else {
                assertThat(text).as("no map of task " + task.number()).doesNotContain(title);
            }
        }
        assertThat(maps).isGreaterThanOrEqualTo(3);
        assertThat(text).contains(squeeze(bundle.getString("report.map.note")));
    }

    /** Leaves the generated file in target/reports/ for a person to look at, as the end-to-end tests keep screenshots. */
    static void keepForReading(byte[] file, String name) throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "reports");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve(name), file);
    }

    private static List<PDFont> fontsOfFirstPage(PDDocument document) throws IOException {
        var resources = document.getPage(0).getResources();
        List<PDFont> fonts = new java.util.ArrayList<>();
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        assertThat(fonts).isNotEmpty();
        return fonts;
    }

    static TargetProgress first(PlanStanding standing, Predicate<TargetProgress> which) {
        return standing.targets().stream().map(PlanStanding.TargetStanding::progress).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("the demo city has no such target"));
    }

    static boolean isMoney(TargetInfo target) {
        return List.of("yuan", "us dollars").contains(target.unit().trim().toLowerCase(Locale.ROOT));
    }

    static boolean hasFigure(TargetProgress p) {
        return p.actual() != null && p.status() != TargetStatus.NOT_REPORTED && p.status() != TargetStatus.AWAITING_MAP;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    private static String words(Locale locale, String key) {
        return bundle(locale).getString(key);
    }

    /** The text without any white space: a wrapped cell reads the same as an unwrapped one. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
