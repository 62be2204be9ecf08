package org.actionmap.bench;

import org.actionmap.importexport.imports.ImportMapping;
import org.actionmap.importexport.imports.ImportProgress;
import org.actionmap.importexport.imports.ImportService;
import org.actionmap.importexport.imports.ImportTarget;
import org.actionmap.importexport.imports.ImportUpload;
import org.actionmap.importexport.imports.StagedImport;
import org.actionmap.security.RunAs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The import benchmark (issue 7): 100,000 polygons from a GeoPackage through the portal's import, against the floor,
 * {@code ogr2ogr} loading the same file into PostGIS, reported as a ratio of their medians over several rounds (aim:
 * at most 1.5).
 *
 * <p>The app runs inside this JVM with the demo city on its own database ({@code ./actionmap bench import} makes it),
 * so the import is the service the wizard calls, as the township's staff: {@code receive} (the upload stored and read
 * by {@code ogrinfo}), {@code stage} ({@code ogr2ogr} to COPY rows, streamed into the staging table) and {@code commit}
 * (every rule of a parcel checked over the file by PostGIS, the parcels and their change log written). The floor is
 * {@code ogr2ogr -f PostgreSQL} with its defaults (COPY, a spatial index), which reads the same file, reprojects
 * nothing and checks nothing. The wizard's preview (the same check, rolled back) is timed too, as a row of its own.
 */
public final class ImportBench {

    /** The aim: the import takes at most this many times as long as ogr2ogr loading the file. */
    static final double AIM = 1.5;
    static final String IMPORTER = "bench-baishe";

    public static void main(String[] args) {
        Settings s = Settings.parse(args);
        // the month-end reports' catch-up after start-up would share the cores with the rounds
        InProcessApp.runAndExit(s.port, s.jdbcUrl, s.jdbcUser, s.jdbcPassword, s.appLog,
                List.of("--actionmap.reports.automatic=false"), app -> run(s, app));
    }

    static void run(Settings s, ConfigurableApplicationContext app) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ImportService imports = app.getBean(ImportService.class);
        RunAs runAs = app.getBean(RunAs.class);
        Path work = Files.createTempDirectory("actionmap-import-bench-");
        try {
            addImporter(jdbc);
            Path file = makeFile(s, jdbc, work);
            int before = count(jdbc);
            List<Round> rounds = new ArrayList<>();
            String loadBefore = TileBench.loadAverage();
            for (int r = 0; r < s.warmup + s.rounds; r++) {
                boolean floorFirst = r % 2 == 0;
                double floor = 0;
                if (floorFirst) {
                    floor = floor(s, file);
                }
                Round round = importOnce(imports, runAs, file);
                if (!floorFirst) {
                    floor = floor(s, file);
                }
                int written = count(jdbc) - before;
                if (written != s.plots) {
                    throw new IllegalStateException("the import wrote " + written + " parcels, not " + s.plots);
                }
                cleanUp(jdbc);
                round = round.withFloor(floor);
                if (r >= s.warmup) {
                    rounds.add(round);
                }
                System.err.printf(Locale.ROOT, "bench: %s %d: import %.2f s, floor %.2f s, ratio %.2f%n",
                        r < s.warmup ? "warm-up" : "round", r < s.warmup ? r + 1 : r - s.warmup + 1,
                        round.total(), floor, round.total() / floor);
            }
            String report = Report.markdown(s, environment(jdbc), Files.size(file), rounds, loadBefore, TileBench.loadAverage());
            System.out.println(report);
            Files.createDirectories(s.outDir);
            Path out = s.outDir.resolve("import-" + LocalDate.now() + ".md");
            Files.writeString(out, report);
            System.err.println("bench: report written to " + out);
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The township's staff member who imports: Baishe's, whose township the plots lie in. */
    static void addImporter(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into app_user (username, password_hash, display_name, role, unit_id)
                select ?, '{noop}not-for-signing-in', 'Benchmark (Baishe)', 'STAFF', id from org_unit where code = 'BAISHE'
                on conflict (username) do nothing
                """, IMPORTER);
    }

    /** The survey: bench/sql/import-parcels.sql makes the plots, ogr2ogr writes them to a GeoPackage (EPSG:4549). */
    static Path makeFile(Settings s, JdbcTemplate jdbc, Path work) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        jdbc.execute(Files.readString(s.sql, StandardCharsets.UTF_8));
        Integer plots = jdbc.queryForObject("select count(*) from bench_import_plot", Integer.class);
        if (plots == null || plots != s.plots) {
            throw new IllegalStateException(s.sql + " made " + plots + " plots, expected " + s.plots);
        }
        Path file = work.resolve("baishe-survey.gpkg");
        ogr2ogr(s, List.of("-f", "GPKG", file.toString(), pg(s), "bench_import_plot", "-nln", "plots"));
        jdbc.execute("drop table bench_import_plot");
        System.err.printf(Locale.ROOT, "bench: %d plots written to %s (%.1f MB) in %.1f s%n", plots, file,
                Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
        return file;
    }

    /** The floor: ogr2ogr loads the file into a new PostGIS table with its defaults; the table is dropped after. */
    static double floor(Settings s, Path file) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ogr2ogr(s, List.of("-f", "PostgreSQL", pg(s), file.toString(), "plots", "-nln", "bench_floor", "-overwrite"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (var db = java.sql.DriverManager.getConnection(s.jdbcUrl, s.jdbcUser, s.jdbcPassword);
             var st = db.createStatement()) {
            st.execute("drop table if exists bench_floor");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return seconds;
    }

    /** One import as the township's staff member: receive, stage, the preview's check, commit; times of each. */
    static Round importOnce(ImportService imports, RunAs runAs, Path file) {
        return runAs.user(IMPORTER, () -> {
            try {
                long t0 = System.nanoTime();
                ImportUpload upload;
                try (InputStream in = Files.newInputStream(file)) {
                    upload = imports.receive(file.getFileName().toString(), in);
                }
                long t1 = System.nanoTime();
                StagedImport staged = imports.stage(upload, upload.layers().get(0).name(), null, null, ImportProgress.NONE);
                long t2 = System.nanoTime();
                ImportMapping mapping = new ImportMapping(Map.of("code", "code", "name", "name", "landUse", "land_use",
                        "purpose", "purpose"), Map.of());
                var report = imports.check(staged, ImportTarget.PARCELS, mapping, ImportProgress.NONE);
                if (!report.importable()) {
                    throw new IllegalStateException("the survey is refused: " + report.problems().subList(0,
                            Math.min(5, report.problems().size())));
                }
                long t3 = System.nanoTime();
                Phases phases = new Phases();
                imports.commit(staged, ImportTarget.PARCELS, mapping, phases);
                long t4 = System.nanoTime();
                imports.discard(upload, null);
                return new Round((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, phases.seconds(t3), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Removes the imported parcels and their change log, so that every round imports into the same map. */
    static void cleanUp(JdbcTemplate jdbc) {
        jdbc.update("delete from change_log where kind = 'parcel' and actor = ?", IMPORTER);
        jdbc.update("delete from parcel where created_by = ?", IMPORTER);
        jdbc.execute("vacuum analyze parcel");
        jdbc.execute("vacuum analyze parcel_status_step");
        jdbc.execute("vacuum analyze change_log");
        jdbc.execute("vacuum analyze import_staging");
    }

    static int count(JdbcTemplate jdbc) {
        Integer n = jdbc.queryForObject("select count(*) from parcel where deleted_at is null", Integer.class);
        return n == null ? 0 : n;
    }

    static String environment(JdbcTemplate jdbc) throws IOException, InterruptedException {
        String db = jdbc.queryForObject("select current_setting('server_version') || ', PostGIS ' || postgis_lib_version()"
                + " || ', GEOS ' || postgis_geos_version()", String.class);
        Process gdal = new ProcessBuilder("ogr2ogr", "--version").redirectErrorStream(true).start();
        String version = new String(gdal.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        gdal.waitFor();
        return "PostgreSQL " + db + "; " + version + "; " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    /** The GDAL connection string of the benchmark's database; the password goes in the environment, PGPASSWORD. */
    static String pg(Settings s) {
        URI uri = URI.create(s.jdbcUrl.substring("jdbc:".length()));
        return "PG:host=" + uri.getHost() + " port=" + uri.getPort() + " dbname=" + uri.getPath().substring(1)
                + " user=" + s.jdbcUser;
    }

    static void ogr2ogr(Settings s, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("ogr2ogr");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", s.jdbcPassword);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("ogr2ogr " + arguments + " failed: " + output);
        }
    }

    /**
     * When the commit's phases ended, from the progress it reports: {@code ParcelBatchService} reports 0.1 after
     * staging the batch, 0.35 after the field and shape checks, 0.5 after placing, 0.75 after the overlaps, 0.9 after
     * the insert and 1.0 after the change log.
     */
    static final class Phases implements ImportProgress {
        static final double[] MARKS = {0.1, 0.35, 0.5, 0.75, 0.9, 1.0};
        static final String[] NAMES = {"batch table", "fields and shapes", "zone and township", "overlaps",
                "insert", "change log"};
        private final long[] at = new long[MARKS.length];

        @Override
        public void update(double fraction) {
            for (int i = 0; i < MARKS.length; i++) {
                if (at[i] == 0 && fraction >= MARKS[i] - 1e-9) {
                    at[i] = System.nanoTime();
                }
            }
        }

        double[] seconds(long start) {
            double[] out = new double[MARKS.length];
            long previous = start;
            for (int i = 0; i < MARKS.length; i++) {
                out[i] = at[i] == 0 ? Double.NaN : (at[i] - previous) / 1e9;
                previous = at[i] == 0 ? previous : at[i];
            }
            return out;
        }
    }

    record Round(double receive, double stage, double preview, double commit, double[] phases, double floor) {
        double total() {
            return receive + stage + commit;
        }

        Round withFloor(double seconds) {
            return new Round(receive, stage, preview, commit, phases, seconds);
        }
    }

    static final class Report {
        static String markdown(Settings s, String environment, long fileBytes, List<Round> rounds, String loadBefore,
                               String loadAfter) {
            StringBuilder md = new StringBuilder();
            double importMedian = median(rounds.stream().mapToDouble(Round::total).toArray());
            double floorMedian = median(rounds.stream().mapToDouble(Round::floor).toArray());
            double withPreview = median(rounds.stream().mapToDouble(r -> r.total() + r.preview()).toArray());
            double ratio = importMedian / floorMedian;
            md.append("# Import benchmark, ").append(LocalDate.now()).append("\n\n");
            md.append(String.format(Locale.ROOT, "%,d polygons (a jittered 30 m grid in Baishe, shared edges) in a GeoPackage "
                    + "in EPSG:4549, %.1f MB; %d rounds after %d warm-up; %s; load average before %s, after %s.%n%n",
                    s.plots, fileBytes / 1e6, rounds.size(), s.warmup, environment, loadBefore, loadAfter));
            md.append("| | median s | min s | max s |\n|---|---:|---:|---:|\n");
            row(md, "**import** (receive + stage + commit)", rounds.stream().mapToDouble(Round::total).toArray());
            row(md, "**floor**: ogr2ogr into PostGIS", rounds.stream().mapToDouble(Round::floor).toArray());
            row(md, "receive: upload stored, ogrinfo", rounds.stream().mapToDouble(Round::receive).toArray());
            row(md, "stage: ogr2ogr to COPY rows, streamed in", rounds.stream().mapToDouble(Round::stage).toArray());
            row(md, "commit: checked and written", rounds.stream().mapToDouble(Round::commit).toArray());
            for (int i = 0; i < Phases.NAMES.length; i++) {
                int phase = i;
                row(md, "&nbsp;&nbsp;commit: " + Phases.NAMES[i], rounds.stream().mapToDouble(r -> r.phases()[phase]).toArray());
            }
            row(md, "preview: the wizard's check before the commit (not in the import)",
                    rounds.stream().mapToDouble(Round::preview).toArray());
            md.append(String.format(Locale.ROOT, "%n**Ratio import / floor (medians): %.2f** (aim: at most %.1f; %s). "
                            + "With the preview step the user takes before committing: %.2f.%n",
                    ratio, AIM, ratio <= AIM ? "met" : "not met", withPreview / floorMedian));
            md.append("\n| round | import s | floor s | ratio |\n|---:|---:|---:|---:|\n");
            for (int i = 0; i < rounds.size(); i++) {
                Round r = rounds.get(i);
                md.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f |%n", i + 1, r.total(), r.floor(), r.total() / r.floor()));
            }
            return md.toString();
        }

        private static void row(StringBuilder md, String label, double[] values) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", label, median(values),
                    Arrays.stream(values).min().orElse(Double.NaN), Arrays.stream(values).max().orElse(Double.NaN)));
        }

        static double median(double[] values) {
            return values.length == 0 ? Double.NaN : LiveBench.percentile(values, 0.5);
        }
    }

    /** The arguments, {@code --name=value}; the runner passes the connection ones. */
    static final class Settings {
        int port = 8094;
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:55432/actionmap_bench";
        String jdbcUser = "actionmap";
        String jdbcPassword = "actionmap";
        int rounds = 3;
        int warmup = 1;
        int plots = 100_000;
        Path sql = Path.of("bench/sql/import-parcels.sql");
        String appLog = ".actionmap/bench-import-app.log";
        Path outDir = Path.of("bench/results");

        static Settings parse(String[] args) {
            Settings s = new Settings();
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (!arg.startsWith("--") || eq < 0) {
                    throw new IllegalArgumentException("expected --name=value, got " + arg);
                }
                given.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
            given.forEach((name, value) -> {
                switch (name) {
                    case "port" -> s.port = Integer.parseInt(value);
                    case "jdbc-url" -> s.jdbcUrl = value;
                    case "jdbc-user" -> s.jdbcUser = value;
                    case "jdbc-password" -> s.jdbcPassword = value;
                    case "rounds" -> s.rounds = Integer.parseInt(value);
                    case "warmup" -> s.warmup = Integer.parseInt(value);
                    case "sql" -> s.sql = Path.of(value);
                    case "app-log" -> s.appLog = value;
                    case "out" -> s.outDir = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown setting --" + name);
                }
            });
            return s;
        }
    }

    private ImportBench() {
    }
}
