package org.actionmap.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.actionmap.land.LandImportService;
import org.actionmap.land.LandMeasures;
import org.actionmap.power.PowerMeasures;
import org.actionmap.power.PowerService;
import org.actionmap.plan.PlanImportService;
import org.actionmap.security.OrgUnitService;
import org.actionmap.site.SiteMeasures;
import org.actionmap.site.SiteService;
import org.actionmap.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the demo city (Lanxi, plan 2011) into an empty database: units, demo users, the plan document with its
 * target catalogue, and illustrative monthly progress. Runs only with the {@code demo} profile and never touches
 * a database that already holds units, so restarting keeps whatever users changed.
 */
@Component
@Profile("demo")
class DemoCityLoader implements ApplicationRunner {

    static final String FOLDER = "demo/lanxi-2011/";
    private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

    private final OrgUnitService units;
    private final UserService users;
    private final PlanImportService planImport;
    private final DemoProgress progress;
    private final LandImportService land;
    private final LandMeasures measures;
    private final PowerService power;
    private final PowerMeasures powerMeasures;
    private final SiteService sites;
    private final SiteMeasures siteMeasures;

    DemoCityLoader(OrgUnitService units, UserService users, PlanImportService planImport, DemoProgress progress,
                   LandImportService land, LandMeasures measures, PowerService power, PowerMeasures powerMeasures,
                   SiteService sites, SiteMeasures siteMeasures) {
        this.sites = sites;
        this.siteMeasures = siteMeasures;
        this.power = power;
        this.powerMeasures = powerMeasures;
        this.land = land;
        this.measures = measures;
        this.units = units;
        this.users = users;
        this.planImport = planImport;
        this.progress = progress;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!units.isEmpty()) {
            log.info("Demo city already loaded; keeping the existing data");
            loadLand();
            loadPower();
            loadSites();
            return;
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        DemoUnits demoUnits = yaml.readValue(open("units.yaml"), DemoUnits.class);
        units.importUnits(demoUnits.toInfos(), demoUnits.parentCodes());
        DemoUsers demoUsers = yaml.readValue(open("users.yaml"), DemoUsers.class);
        demoUsers.users().forEach(u -> users.importUser(u.username(), u.username(), u.displayName(), u.role(), u.unit(), u.locale()));
        try (InputStream document = open("plan.txt"); InputStream catalogue = open("targets.yaml")) {
            var loaded = planImport.importTrusted(document, catalogue, "demo");
            log.info("Demo plan {} loaded: {} tasks, {} targets", loaded.year(), loaded.taskCount(), loaded.targetCount());
        }
        int entries = progress.load(demoUsers);
        log.info("Demo progress loaded: {} illustrative entries", entries);
        loadLand();
        loadPower();
        loadSites();
    }

    /** The plan's other sites arrived after land and power: load them into a database that has none. */
    private void loadSites() throws IOException {
        if (siteMeasures.isEmpty()) {
            try (InputStream file = open("site-measures.yaml")) {
                log.info("Demo site measures loaded: {}", siteMeasures.load(file));
            }
        }
        if (sites.isEmpty()) {
            try (InputStream file = new ClassPathResource("gis-data/demo/sites.geojson").getInputStream()) {
                log.info("Demo sites loaded: {} illustrative sites", sites.importTrusted(file));
            }
        }
    }

    /** The power bureau's projects arrived after zones and parcels: load them into a database that has none. */
    private void loadPower() throws IOException {
        if (powerMeasures.isEmpty()) {
            try (InputStream file = open("power-measures.yaml")) {
                log.info("Demo power measures loaded: {}", powerMeasures.load(file));
            }
        }
        if (power.isEmpty()) {
            try (InputStream file = new ClassPathResource("gis-data/demo/power.geojson").getInputStream()) {
                log.info("Demo power projects loaded: {} illustrative substations and lines", power.importTrusted(file));
            }
        }
    }

    /** Zones and parcels arrived after the first demo databases: load them into a database that has none yet. */
    private void loadLand() throws IOException {
        if (measures.measures().isEmpty()) {
            try (InputStream file = open("land-measures.yaml")) {
                log.info("Demo land measures loaded: {}", measures.load(file));
            }
        }
        if (!land.isEmpty()) {
            return;
        }
        try (InputStream zones = new ClassPathResource("gis-data/demo/zones.geojson").getInputStream();
             InputStream parcels = new ClassPathResource("gis-data/demo/parcels.geojson").getInputStream()) {
            log.info("Demo land loaded: {} illustrative parcels", land.importTrusted(zones, parcels));
        }
    }

    private static InputStream open(String name) throws IOException {
        return new ClassPathResource(FOLDER + name).getInputStream();
    }
}
