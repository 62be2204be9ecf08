package org.actionmap.collaboration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Sends every committed change to every app node and hands the changes each node hears to its subscribers (open
 * views). The one path is PostgreSQL: a change is NOTIFYed after its commit, and each node, the sender included,
 * learns of it only from its LISTEN connection ({@link ChangeNotificationListener}). So two nodes behind a
 * sticky-session proxy behave as one, and no node keeps anything the others need.
 */
@Service
public class LiveChanges {

    static final String CHANNEL = "actionmap_change";
    private static final Logger LOG = LoggerFactory.getLogger(LiveChanges.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final List<Consumer<ChangeEvent>> subscribers = new CopyOnWriteArrayList<>();

    LiveChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Hears every change committed on any node from now on, on the listener's thread; remove it when done. */
    public Runnable subscribe(Consumer<ChangeEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    // only once the change is committed: a rolled-back save must reach nobody
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(ChangeEvent event) {
        try {
            jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, JSON.writeValueAsString(event));
        } catch (JsonProcessingException | RuntimeException e) {
            // the change itself is committed; open views then catch up at their next refresh
            LOG.warn("could not send change {} to the other nodes", event, e);
        }
    }

    /** A notification heard on the LISTEN connection. */
    void heard(String payload) {
        ChangeEvent event;
        try {
            event = JSON.readValue(payload, ChangeEvent.class);
        } catch (JsonProcessingException e) {
            LOG.warn("ignoring an unreadable change notification: {}", payload);
            return;
        }
        for (Consumer<ChangeEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("a subscriber failed on {}", event, e);
            }
        }
    }
}
