package org.actionmap.ogc;

import org.actionmap.common.UserMessageException;
import org.actionmap.security.AccessTokenService;
import org.actionmap.security.NewAccessToken;
import org.actionmap.security.RunAs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The app with the demo city on a random port, read over real HTTP by desktop clients with personal access tokens:
 * the tokens a test makes are revoked after its class, so no token outlives the tests that needed it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServedAppWithTokens {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    AccessTokenService tokens;

    private record Made(String user, NewAccessToken token) {
    }

    private final List<Made> made = new ArrayList<>();

    /** A new token of {@code user}, named after the test. */
    NewAccessToken tokenOf(String user) {
        NewAccessToken token = runAs.user(user, () -> tokens.create(getClass().getSimpleName() + " " + UUID.randomUUID()));
        made.add(new Made(user, token));
        return token;
    }

    /** Revokes a token as its owner does on the access tokens page. */
    void revoke(String user, NewAccessToken token) {
        runAs.user(user, () -> {
            tokens.revoke(token.info().id());
            return null;
        });
    }

    @AfterAll
    void revokeTheTokensMade() {
        for (Made m : made) {
            try {
                revoke(m.user(), m.token());
            } catch (UserMessageException alreadyRevoked) {
                // the test revoked it itself
            }
        }
    }
}
