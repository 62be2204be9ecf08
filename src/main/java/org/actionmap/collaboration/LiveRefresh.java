package org.actionmap.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Keeps an open view up to date with the changes committed anywhere: while the view is attached, the changes it
 * cares about are collected and handed to it in one batch through Vaadin push ({@code ui.access}), at most once per
 * {@value #THROTTLE_MS} ms, so a burst of changes (an import, a split) costs the browser one update.
 */
public final class LiveRefresh {

    static final long THROTTLE_MS = 250;
    /**
     * Where the batches are delivered: several threads, since each delivery runs the view's refresh (database reads
     * and the push) in the delivering thread; on one thread the fiftieth open page waited for the forty-nine before
     * it (bench/results/live-2026-12-01.md).
     */
    private static final java.util.concurrent.ExecutorService DELIVERY = Executors.newFixedThreadPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "live-delivery");
                t.setDaemon(true);
                return t;
            });
    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-refresh");
        t.setDaemon(true);
        return t;
    });

    private LiveRefresh() {
    }

    /** Runs a task once after a delay on the background scheduler; cancel it to call it off. */
    static java.util.concurrent.ScheduledFuture<?> later(java.time.Duration delay, Runnable task) {
        return FLUSHER.schedule(() -> DELIVERY.execute(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs a task every period on the background scheduler (heartbeats, lease renewals); cancel it when done. */
    static java.util.concurrent.ScheduledFuture<?> every(java.time.Duration period, Runnable task) {
        return FLUSHER.scheduleAtFixedRate(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(LiveRefresh.class).warn("background task failed", e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Calls {@code refresh} with the changes that match {@code filter}, in the view's UI, for as long as the view is
     * attached (re-attaching subscribes again).
     */
    public static void keep(Component view, LiveChanges live, Predicate<ChangeEvent> filter,
                            Consumer<List<ChangeEvent>> refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Batch batch = new Batch(ui, refresh);
            Runnable unsubscribe = live.subscribe(event -> {
                if (filter.test(event)) {
                    batch.add(event);
                }
            });
            view.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }

    /** The changes heard since the last delivery to one UI. */
    private static final class Batch {
        private final UI ui;
        private final Consumer<List<ChangeEvent>> refresh;
        private final List<ChangeEvent> pending = new ArrayList<>();

        Batch(UI ui, Consumer<List<ChangeEvent>> refresh) {
            this.ui = ui;
            this.refresh = refresh;
        }

        synchronized void add(ChangeEvent event) {
            pending.add(event);
            if (pending.size() == 1) {
                FLUSHER.schedule(() -> DELIVERY.execute(this::deliver), THROTTLE_MS, TimeUnit.MILLISECONDS);
            }
        }

        private void deliver() {
            List<ChangeEvent> events;
            synchronized (this) {
                events = List.copyOf(pending);
                pending.clear();
            }
            try {
                ui.access(() -> refresh.accept(events));
            } catch (com.vaadin.flow.component.UIDetachedException closed) {
                // the UI was closed meanwhile: nothing to update
            }
        }
    }
}
