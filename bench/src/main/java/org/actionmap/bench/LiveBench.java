package org.actionmap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.actionmap.collaboration.ChangeAction;
import org.actionmap.collaboration.ChangeEvent;
import org.actionmap.collaboration.LiveChanges;
import org.actionmap.land.ParcelDetails;
import org.actionmap.land.ParcelDraft;
import org.actionmap.land.ParcelEditService;
import org.actionmap.land.ParcelService;
import org.actionmap.security.RunAs;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The live-update benchmark: how long after a colleague's change is committed the parcel panel of 50 open UIs shows
 * it, against its floor, a bare PostgreSQL NOTIFY → LISTEN round trip on the same database, measured in the same run.
 *
 * <p>The app runs in this JVM (SpringApplication, demo city), so the change goes through the real application path
 * ({@code ParcelEditService.save} as the land bureau's user, committed) and the commit moment is taken in the
 * transaction's own after-commit callback. Headless Chromium (Debian's, through Playwright) holds the open UIs: signed
 * in as the leader through the login form, each at {@code /map?parcel=CODE}; a MutationObserver in each page records
 * when the panel's title shows the new name ({@code performance.timeOrigin + performance.now()}, the same system
 * clock as Java's {@code Instant.now()}), so polling from here never enters the measurement.
 *
 * <p>Started by {@code ./actionmap bench live}; settings as {@code --name=value} (see {@link Settings}).
 */
public final class LiveBench {

    /** LiveRefresh.THROTTLE_MS (package-private there): the fixed wait before a batch of changes reaches a UI. */
    static final double THROTTLE_MS = 250;
    static final String FLOOR_CHANNEL = "actionmap_bench_floor";

    /**
     * Installed in each page once its panel shows the parcel: records every change of the panel's title with the
     * moment the DOM held it. MutationObserver callbacks run as a microtask right after the script that changed the
     * DOM (Vaadin's client applying the pushed message), before the next paint.
     */
    static final String OBSERVER = """
            () => {
              const read = () => { const h = document.querySelector('#parcel-panel h3'); return h ? h.textContent : null; };
              const state = { last: read(), changes: [] };
              window.__liveBench = state;
              new MutationObserver(() => {
                const t = performance.timeOrigin + performance.now();
                const d = Date.now();
                const text = read();
                if (text !== null && text !== state.last) {
                  state.last = text;
                  state.changes.push({ text, t, d });
                }
              }).observe(document.body, { childList: true, subtree: true, characterData: true });
              return state.last;
            }
            """;

    /**
     * Installed before any page script: notes when each WebSocket message (Vaadin's push channel) reaches the page,
     * so that a page's latency splits into commit → the push arrives and the push arrives → the DOM shows it.
     */
    static final String PUSH_SPY = """
            (() => {
              const arrivals = [];
              window.__liveBenchPush = arrivals;
              const Native = window.WebSocket;
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', () => arrivals.push(performance.timeOrigin + performance.now()));
                }
              };
            })();
            """;

    /** Stop opening pages when the machine has less memory left than this (it is shared). */
    static final long MIN_AVAILABLE_KB = 3L * 1024 * 1024;

    public static void main(String[] args) {
        Settings s = Settings.parse(args);
        InProcessApp.runAndExit(s.port, s.jdbcUrl, s.jdbcUser, s.jdbcPassword, s.appLog, List.of(), app -> run(s, app));
    }

    static void run(Settings s, ConfigurableApplicationContext app) throws Exception {
        RunAs runAs = app.getBean(RunAs.class);
        ParcelService parcels = app.getBean(ParcelService.class);
        ParcelEditService edit = app.getBean(ParcelEditService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        LiveChanges live = app.getBean(LiveChanges.class);

        String code = s.parcel != null ? s.parcel : jdbc.queryForObject("""
                select p.code from parcel p join zone z on z.id = p.zone_id
                 where z.kind = 'EDZ_AREA' and p.deleted_at is null order by p.code limit 1
                """, String.class);
        ParcelDetails original = parcels.findByCode(code).orElseThrow(() -> new IllegalStateException("no parcel " + code));
        String[] names = {original.name() + " (甲)", original.name() + " (乙)"};
        String environment = environment(jdbc);

        // when this node's LISTEN connection hands a change to the subscribers (the open views' and this one), for
        // the diagnosis: commit → heard is the app's own NOTIFY round trip
        BlockingQueue<long[]> heard = new LinkedBlockingQueue<>();
        live.subscribe(e -> heard.add(new long[]{e.logId(), nowMicros()}));

        String base = "http://127.0.0.1:" + s.port;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Floor floor = Floor.open(s)) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(s.chromium))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                            // 50 pages cannot all be the foreground tab; a user looks at theirs, so no tab throttling
                            "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                            "--disable-backgrounding-occluded-windows")));
            int contexts = s.contexts <= 0 ? s.pages : Math.min(s.contexts, s.pages);
            List<BrowserContext> open = new ArrayList<>();
            List<Page> pages = new ArrayList<>();
            long opening = System.nanoTime();
            for (int i = 0; i < s.pages; i++) {
                Page page;
                if (i < contexts) {
                    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                            .setViewportSize(s.width, s.height).setLocale("zh-CN"));
                    context.addInitScript(PUSH_SPY);
                    open.add(context);
                    page = context.newPage();
                    page.setDefaultTimeout(180_000);
                    signIn(page, base, s.viewer);
                } else {
                    page = open.get(i % contexts).newPage();
                    page.setDefaultTimeout(180_000);
                }
                page.navigate(base + "/map?parcel=" + code);
                page.locator("#parcel-panel h3").waitFor();
                Object shown = page.evaluate(OBSERVER);
                if (!String.valueOf(shown).startsWith(code + " · ")) {
                    throw new IllegalStateException("page " + i + " shows " + shown + ", not parcel " + code);
                }
                pages.add(page);
                long available = availableKb();
                if (available < MIN_AVAILABLE_KB) {
                    throw new IllegalStateException(String.format(Locale.ROOT, "only %.1f GB of memory left after %d "
                            + "pages; use fewer --pages or --contexts", available / 1048576.0, i + 1));
                }
                if ((i + 1) % 10 == 0) {
                    System.err.printf(Locale.ROOT, "bench: %d pages open (%.0f s)%n", i + 1, (System.nanoTime() - opening) / 1e9);
                }
            }
            double openSeconds = (System.nanoTime() - opening) / 1e9;
            Thread.sleep(s.pauseMs * 2L);   // let the maps finish loading their tiles
            Memory memory = Memory.measure();
            System.err.printf(Locale.ROOT, "bench: %d pages in %d contexts open in %.0f s; browser %s%n", s.pages,
                    contexts, openSeconds, memory);

            String loadBefore = TileBench.loadAverage();
            long started = System.nanoTime();
            List<Round> rounds = new ArrayList<>();
            int total = s.warmup + s.rounds;
            for (int r = 0; r < total; r++) {
                Thread.sleep(s.pauseMs);
                String name = names[r % 2];
                ParcelDetails p = parcels.findByCode(code).orElseThrow();
                ParcelDraft draft = new ParcelDraft(p.id(), p.version(), p.code(), name, p.landUse(), p.purpose(),
                        p.status(), p.steps(), p.taskIds(), p.notes(), parcels.geometry(p.id()).orElseThrow());
                // the floor first, on the same quiet machine the change then meets
                String payload = new ObjectMapper().writeValueAsString(new ChangeEvent("parcel", p.id(), p.code(),
                        ChangeAction.UPDATED, s.editor, lastLogId(jdbc) + 1));
                double[] floorMs = floor.measure(payload, r < s.warmup ? 5 : s.floorPerRound);
                payloadBytes = payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;

                heard.clear();
                long[] committed = new long[1];
                runAs.user(s.editor, () -> tx.execute(status -> {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public int getOrder() {
                            return Ordered.HIGHEST_PRECEDENCE;   // before the after-commit listener that NOTIFYs
                        }

                        @Override
                        public void afterCommit() {
                            committed[0] = nowMicros();
                        }
                    });
                    return edit.save(draft);
                }));
                long returned = nowMicros();
                long[] heardAt = heard.poll(s.timeoutMs, TimeUnit.MILLISECONDS);
                String expected = code + " · " + name;
                double[] pushed = new double[pages.size()];
                double[] latency = collect(pages, expected, committed[0], s, pushed);
                Round round = new Round(r - s.warmup + 1, committed[0], (returned - committed[0]) / 1e3,
                        heardAt == null ? Double.NaN : (heardAt[1] - committed[0]) / 1e3, latency, pushed, floorMs,
                        lastDrift);
                if (r >= s.warmup) {
                    rounds.add(round);
                }
                System.err.printf(Locale.ROOT, "bench: %s %d: fastest page %.0f ms, slowest %.0f ms, heard %.1f ms, "
                                + "floor median %.2f ms%n", r < s.warmup ? "warm-up" : "round", r < s.warmup ? r + 1 : round.number,
                        min(latency), max(latency), round.heardMs, percentile(floorMs, 0.5));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Memory after = Memory.measure();
            String report = Report.markdown(s, environment, browser.version(), code, contexts, openSeconds, memory,
                    after, rounds, seconds, loadBefore, TileBench.loadAverage());
            System.out.println(report);
            Path out = s.outDir.resolve("live-" + LocalDate.now() + ".md");
            Files.createDirectories(s.outDir);
            Files.writeString(out, report);
            System.err.println("bench: report written to " + out);
            browser.close();
        }
    }

    /** The size of the NOTIFY payload, the floor's as the app's (the change event as JSON). */
    static int payloadBytes;

    /** The largest |performance-based time − Date.now()| seen in the last round's pages, in ms: the clock check. */
    static double lastDrift;

    /**
     * Waits until every page has shown {@code expected} and returns, per page, the ms from the commit to the moment
     * its DOM held it. Reads the pages only after they have had time to update, then the missing ones again.
     */
    @SuppressWarnings("unchecked")
    static double[] collect(List<Page> pages, String expected, long committedMicros, Settings s, double[] pushed)
            throws InterruptedException {
        double[] latency = new double[pages.size()];
        Arrays.fill(latency, Double.NaN);
        double drift = 0;
        long deadline = System.currentTimeMillis() + s.timeoutMs;
        Thread.sleep(s.firstLookMs);
        int missing = pages.size();
        while (missing > 0) {
            for (int i = 0; i < pages.size(); i++) {
                if (!Double.isNaN(latency[i])) {
                    continue;
                }
                List<Map<String, Object>> changes = (List<Map<String, Object>>) pages.get(i)
                        .evaluate("() => window.__liveBench.changes.splice(0)");
                for (Map<String, Object> c : changes) {
                    if (expected.equals(c.get("text"))) {
                        double t = ((Number) c.get("t")).doubleValue();
                        double d = ((Number) c.get("d")).doubleValue();
                        latency[i] = t - committedMicros / 1e3;
                        drift = Math.max(drift, Math.abs(t - d));
                        // the push message that carried it: the last one to arrive before the DOM changed
                        List<Number> arrivals = (List<Number>) pages.get(i)
                                .evaluate("() => window.__liveBenchPush.splice(0)");
                        double arrival = Double.NaN;
                        for (Number a : arrivals) {
                            if (a.doubleValue() <= t && a.doubleValue() >= committedMicros / 1e3) {
                                arrival = a.doubleValue();
                            }
                        }
                        pushed[i] = arrival - committedMicros / 1e3;
                        missing--;
                        break;
                    }
                }
            }
            if (missing > 0) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(missing + " pages did not show '" + expected + "' within "
                            + s.timeoutMs + " ms");
                }
                Thread.sleep(1000);   // few reads: they cost the busy browser and server CPU
            }
        }
        lastDrift = drift;
        return latency;
    }

    static void signIn(Page page, String base, String user) {
        page.navigate(base + "/login");
        page.locator("vaadin-text-field[name='username'] input").fill(user);
        page.locator("vaadin-password-field[name='password'] input").fill(user);
        page.locator("vaadin-password-field[name='password'] input").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
    }

    static long lastLogId(JdbcTemplate jdbc) {
        Long id = jdbc.queryForObject("select coalesce(max(id), 0) from change_log", Long.class);
        return id == null ? 0 : id;
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    static String environment(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select current_setting('server_version') || ', PostGIS ' || postgis_lib_version()",
                String.class);
    }

    /**
     * The floor: one connection commits a small write, then NOTIFYs the change's payload in a transaction of its own
     * (what the app does after a commit), and a second connection, LISTENing like the app's listener
     * ({@code PGConnection.getNotifications}), hears it. Time from the first commit to the notification in hand.
     */
    static final class Floor implements AutoCloseable {
        private final Connection notifier;
        private final Connection listener;
        private final Thread thread;
        private final BlockingQueue<Object[]> received = new LinkedBlockingQueue<>();
        private volatile boolean running = true;

        private Floor(Connection notifier, Connection listener) {
            this.notifier = notifier;
            this.listener = listener;
            this.thread = new Thread(this::listen, "floor-listener");
            this.thread.setDaemon(true);
        }

        static Floor open(Settings s) throws SQLException {
            Connection notifier = DriverManager.getConnection(s.jdbcUrl, s.jdbcUser, s.jdbcPassword);
            Connection listener = DriverManager.getConnection(s.jdbcUrl, s.jdbcUser, s.jdbcPassword);
            try (Statement st = notifier.createStatement()) {
                st.execute("create temporary table bench_floor (n bigint not null)");
                st.execute("insert into bench_floor values (0)");
            }
            notifier.setAutoCommit(false);
            try (Statement st = listener.createStatement()) {
                st.execute("LISTEN " + FLOOR_CHANNEL);
            }
            Floor floor = new Floor(notifier, listener);
            floor.thread.start();
            return floor;
        }

        private void listen() {
            try {
                PGConnection pg = listener.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            received.add(new Object[]{n.getParameter(), nowMicros()});
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    e.printStackTrace();
                }
            }
        }

        double[] measure(String payload, int times) throws SQLException, InterruptedException {
            double[] ms = new double[times];
            try (PreparedStatement write = notifier.prepareStatement("update bench_floor set n = n + 1");
                 PreparedStatement notify = notifier.prepareStatement("select pg_notify(?, ?)")) {
                for (int i = 0; i < times; i++) {
                    write.executeUpdate();
                    notifier.commit();
                    long committed = nowMicros();
                    notify.setString(1, FLOOR_CHANNEL);
                    notify.setString(2, payload);
                    notify.execute();
                    notifier.commit();
                    Object[] got = received.poll(10, TimeUnit.SECONDS);
                    if (got == null || !payload.equals(got[0])) {
                        throw new IllegalStateException("floor: notification " + (got == null ? "not heard" : "garbled"));
                    }
                    ms[i] = ((Long) got[1] - committed) / 1e3;
                    Thread.sleep(10);
                }
            }
            return ms;
        }

        @Override
        public void close() throws SQLException {
            running = false;
            thread.interrupt();
            notifier.close();
            listener.close();
        }
    }

    /** One change: when it committed, when save() returned and this node heard it, and every page's latency. */
    record Round(int number, long committedMicros, double returnMs, double heardMs, double[] pagesMs, double[] pushedMs,
                 double[] floorMs, double clockDriftMs) {
    }

    /** The proportional set size of this JVM's descendant browser processes (shared pages counted once). */
    record Memory(int processes, long pssKb) {
        static Memory measure() {
            int count = 0;
            long kb = 0;
            for (ProcessHandle ph : ProcessHandle.current().descendants().toList()) {
                String command = ph.info().command().orElse("");
                if (!command.contains("chrom")) {
                    continue;
                }
                try {
                    for (String line : Files.readAllLines(Path.of("/proc/" + ph.pid() + "/smaps_rollup"))) {
                        if (line.startsWith("Pss:")) {
                            kb += Long.parseLong(line.replaceAll("\\D", ""));
                            count++;
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
            return new Memory(count, kb);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d processes, %.0f MB (PSS)", processes, pssKb / 1024.0);
        }
    }

    static long availableKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no guard
        }
        return Long.MAX_VALUE;
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    static double[] concat(List<Round> rounds, java.util.function.Function<Round, double[]> part) {
        return rounds.stream().flatMapToDouble(r -> Arrays.stream(part.apply(r))).toArray();
    }

    static final class Report {
        static String markdown(Settings s, String environment, String browserVersion, String code, int contexts,
                               double openSeconds, Memory memory, Memory after, List<Round> rounds, double seconds,
                               String loadBefore,
                               String loadAfter) {
            double[] live = concat(rounds, Round::pagesMs);
            double[] pushed = Arrays.stream(concat(rounds, Round::pushedMs)).filter(v -> !Double.isNaN(v)).toArray();
            double[] applied = rounds.stream().flatMapToDouble(r -> java.util.stream.IntStream.range(0, r.pagesMs().length)
                    .filter(i -> !Double.isNaN(r.pushedMs()[i])).mapToDouble(i -> r.pagesMs()[i] - r.pushedMs()[i])).toArray();
            double[] floor = concat(rounds, Round::floorMs);
            double[] slowest = rounds.stream().mapToDouble(r -> max(r.pagesMs())).toArray();
            double[] fastest = rounds.stream().mapToDouble(r -> min(r.pagesMs())).toArray();
            double[] spread = rounds.stream().mapToDouble(r -> max(r.pagesMs()) - min(r.pagesMs())).toArray();
            double[] heard = rounds.stream().mapToDouble(Round::heardMs).toArray();
            double[] returned = rounds.stream().mapToDouble(Round::returnMs).toArray();
            double[] minusThrottle = Arrays.stream(live).map(v -> v - THROTTLE_MS).toArray();
            double drift = rounds.stream().mapToDouble(Round::clockDriftMs).max().orElse(Double.NaN);

            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "# Live updates: commit to %d open UIs, against a bare NOTIFY → LISTEN%n%n",
                    s.pages));
            b.append(String.format(Locale.ROOT, "Run %s, %.0f s of measuring. PostgreSQL %s, Chromium %s, Java %s, "
                            + "%d cores; load average %s before, %s after.%n%n",
                    ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
                            .replaceAll("\\.\\d+", ""), seconds, environment, browserVersion,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadBefore,
                    loadAfter));
            b.append(String.format(Locale.ROOT, "%d pages (`/map?parcel=%s`, %d×%d) in %d browser context(s), each "
                            + "signed in as `%s` through the login form (%d Vaadin sessions), opened in %.0f s; the browser "
                            + "then held %s, %.0f MB per page (%s after the rounds). %d measured rounds after %d warm-up rounds: `%s` renames the "
                            + "parcel through `ParcelEditService.save` (names alternating), %d ms pause before each round; "
                            + "the floor, %d bare NOTIFY → LISTEN round trips per round (payload %d bytes, as the app's), right "
                            + "before the change. Times in ms.%n%n",
                    s.pages, code, s.width, s.height, contexts, s.viewer, contexts, openSeconds, memory,
                    memory.pssKb() / 1024.0 / s.pages, after, rounds.size(), s.warmup, s.editor, s.pauseMs, s.floorPerRound, payloadBytes));

            b.append("| measure | samples | p50 | p95 | max |\n|---|---:|---:|---:|---:|\n");
            b.append(row("**live**: commit → a page's panel shows the change", live));
            b.append(row("**floor**: commit → NOTIFY heard on a second connection", floor));
            b.append(row("diagnosis: live minus the 250 ms throttle", minusThrottle));
            b.append(row("diagnosis: commit → this node's listener hands the change on", heard));
            b.append(row("diagnosis: commit → `save` returned (the NOTIFY sent)", returned));
            b.append(row("diagnosis: commit → the push message reaches the page", pushed));
            b.append(row("diagnosis: push message reaches the page → its DOM shows the change", applied));
            b.append(row("per round: the slowest page", slowest));
            b.append(row("per round: the fastest page", fastest));
            b.append(row("per round: slowest − fastest page", spread));

            double p50 = percentile(live, 0.5);
            double p95 = percentile(live, 0.95);
            double f50 = percentile(floor, 0.5);
            double f95 = percentile(floor, 0.95);
            b.append(String.format(Locale.ROOT, "%n**Ratio p50: %.0f** (%.1f / %.2f), **ratio p95: %.0f** (%.1f / %.2f). "
                            + "Without the fixed 250 ms throttle: p50 %.0f (%.1f / %.2f), p95 %.0f (%.1f / %.2f).%n%n",
                    p50 / f50, p50, f50, p95 / f95, p95, f95,
                    (p50 - THROTTLE_MS) / f50, p50 - THROTTLE_MS, f50, (p95 - THROTTLE_MS) / f95, p95 - THROTTLE_MS, f95));
            b.append(String.format(Locale.ROOT, "Clock check: the pages' `performance.timeOrigin + performance.now()` "
                    + "stayed within %.1f ms of their `Date.now()` (the system clock Java reads).%n%n", drift));

            b.append("Per round (ms from the commit):\n\n");
            b.append("| round | heard by the node | fastest page | median page | slowest page (index) | slowest push arrival | floor p50 |\n");
            b.append("|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Round r : rounds) {
                int slowestIndex = 0;
                for (int i = 1; i < r.pagesMs().length; i++) {
                    if (r.pagesMs()[i] > r.pagesMs()[slowestIndex]) {
                        slowestIndex = i;
                    }
                }
                b.append(String.format(Locale.ROOT, "| %d | %.1f | %.0f | %.0f | %.0f (%d) | %.0f | %.2f |%n", r.number(),
                        r.heardMs(), min(r.pagesMs()), percentile(r.pagesMs(), 0.5), max(r.pagesMs()), slowestIndex,
                        Arrays.stream(r.pushedMs()).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN),
                        percentile(r.floorMs(), 0.5)));
            }
            // which pages tend to come last: the order in which the single flusher thread serves the UIs
            double[] meanByPage = new double[s.pages];
            for (Round r : rounds) {
                for (int i = 0; i < s.pages; i++) {
                    meanByPage[i] += r.pagesMs()[i] / rounds.size();
                }
            }
            b.append(String.format(Locale.ROOT, "%nMean latency by page, in the order the pages were opened (ms): %s%n",
                    Arrays.stream(meanByPage).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v))
                            .collect(Collectors.joining(" "))));
            return b.toString();
        }

        private static String row(String label, double[] v) {
            return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", label, v.length,
                    percentile(v, 0.5), percentile(v, 0.95), max(v));
        }
    }

    /** The arguments, {@code --name=value}; the runner passes the connection ones. */
    static final class Settings {
        int port = 8093;
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:55432/actionmap_bench";
        String jdbcUser = "actionmap";
        String jdbcPassword = "actionmap";
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        String viewer = "leader";
        String editor = "land";
        String parcel;
        int pages = 50;
        int contexts = 0;            // 0: one browser context (and so one session) per page
        int rounds = 30;
        int warmup = 3;
        int pauseMs = 1500;
        int firstLookMs = 1500;
        int floorPerRound = -1;      // -1: as many as pages, so the floor has as many samples as the live measure
        int timeoutMs = 60_000;
        int width = 1280;
        int height = 800;
        String appLog = ".actionmap/bench-live-app.log";
        Path outDir = Path.of("bench/results");

        static Settings parse(String[] args) {
            Settings s = new Settings();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (!arg.startsWith("--") || eq < 0) {
                    throw new IllegalArgumentException("expected --name=value, got " + arg);
                }
                String name = arg.substring(2, eq);
                String value = arg.substring(eq + 1);
                switch (name) {
                    case "port" -> s.port = Integer.parseInt(value);
                    case "jdbc-url" -> s.jdbcUrl = value;
                    case "jdbc-user" -> s.jdbcUser = value;
                    case "jdbc-password" -> s.jdbcPassword = value;
                    case "chromium" -> s.chromium = value;
                    case "viewer" -> s.viewer = value;
                    case "editor" -> s.editor = value;
                    case "parcel" -> s.parcel = value;
                    case "pages" -> s.pages = Integer.parseInt(value);
                    case "contexts" -> s.contexts = Integer.parseInt(value);
                    case "rounds" -> s.rounds = Integer.parseInt(value);
                    case "warmup" -> s.warmup = Integer.parseInt(value);
                    case "pause-ms" -> s.pauseMs = Integer.parseInt(value);
                    case "first-look-ms" -> s.firstLookMs = Integer.parseInt(value);
                    case "floor-per-round" -> s.floorPerRound = Integer.parseInt(value);
                    case "timeout-ms" -> s.timeoutMs = Integer.parseInt(value);
                    case "width" -> s.width = Integer.parseInt(value);
                    case "height" -> s.height = Integer.parseInt(value);
                    case "app-log" -> s.appLog = value;
                    case "out" -> s.outDir = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown setting --" + name);
                }
            }
            if (s.floorPerRound < 0) {
                s.floorPerRound = s.pages;
            }
            if (s.pauseMs <= THROTTLE_MS) {
                throw new IllegalArgumentException("--pause-ms must exceed the 250 ms throttle, or rounds merge into one batch");
            }
            return s;
        }
    }

    private LiveBench() {
    }
}
