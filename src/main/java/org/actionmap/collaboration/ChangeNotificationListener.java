package org.actionmap.collaboration;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * This node's LISTEN connection: a connection of its own (not one of the pool's, which it would hold forever) that
 * waits for change notifications and hands them to {@link LiveChanges}. Reconnects after a lost connection.
 */
@Component
class ChangeNotificationListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotificationListener.class);

    private final DataSourceProperties dataSource;
    private final LiveChanges live;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    ChangeNotificationListener(DataSourceProperties dataSource, LiveChanges live) {
        this.dataSource = dataSource;
        this.live = live;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the LISTEN is in place, so that a change committed now will be heard (tests wait for it). */
    boolean isListening() {
        return listening;
    }

    private void run() {
        long backoff = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(dataSource.determineUrl(),
                    dataSource.determineUsername(), dataSource.determinePassword())) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + LiveChanges.CHANNEL);
                }
                listening = true;
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            live.heard(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (!running) {
                    return;
                }
                LOG.warn("change listener lost its connection; retrying in {} ms", backoff, e);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
        listening = false;
    }
}
