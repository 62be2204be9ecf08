package org.actionmap.bench;

import org.actionmap.ActionMapApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The app with the demo city inside a benchmark's JVM, for benchmarks that call its services directly (the live and
 * the import benchmark): started on the benchmark's database, logging to a file, and stopped when the benchmark ends.
 */
final class InProcessApp {

    /** A benchmark's work with the app; any failure ends the JVM with status 1. */
    interface Work {
        void run(ConfigurableApplicationContext app) throws Exception;
    }

    private InProcessApp() {
    }

    /** Starts the app, runs the work, stops the app and exits the JVM: 0 when the work went through. */
    static void runAndExit(int port, String jdbcUrl, String jdbcUser, String jdbcPassword, String appLog,
                           List<String> extraArguments, Work work) {
        System.err.println("bench: starting the app (demo city) on http://127.0.0.1:" + port + ", log " + appLog);
        // as command-line arguments: they outrank application.properties (server.port=${PORT:8080})
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + jdbcUser,
                "--spring.datasource.password=" + jdbcPassword, "--logging.file.name=" + appLog,
                "--logging.threshold.console=OFF", "--spring.main.banner-mode=off"));
        arguments.addAll(extraArguments);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ActionMapApplication.class)
                .profiles("demo").run(arguments.toArray(String[]::new));
        int exit = 0;
        try {
            work.run(app);
        } catch (Exception | Error e) {
            exit = 1;
            e.printStackTrace();
        } finally {
            SpringApplication.exit(app);
        }
        System.exit(exit);
    }
}
