package org.actionmap.security;

import org.actionmap.common.UserMessageException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens for desktop GIS clients (QGIS, GDAL), which send {@code Authorization: Bearer <token>}
 * instead of signing in. A token reads exactly what its owner reads, and stops working when revoked or when its owner
 * is disabled. Only the SHA-256 hash of a token is stored (see docs/decisions/0009-personal-access-tokens.md).
 */
@Service
public class AccessTokenService {

    /** Tokens start with this, so that a leaked one is recognised (e.g. by secret scanners) as ActionMap's. */
    static final String PREFIX = "amt_";
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_LIVE_TOKENS = 20;
    private static final int SHOWN_PREFIX_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One round trip per request: the owner if the token is live and its owner enabled, and the time of last use
     * written at most once a minute, so that a map fetching dozens of tiles does not write a row per tile.
     */
    private static final String AUTHENTICATE = """
            with hit as (select t.id, t.last_used_at, u.id as user_id, u.username, u.role
                           from access_token t join app_user u on u.id = t.user_id
                          where t.token_hash = ? and t.revoked_at is null and u.enabled),
                 touched as (update access_token a set last_used_at = now()
                               from hit
                              where a.id = hit.id
                                and (hit.last_used_at is null or hit.last_used_at < now() - interval '1 minute'))
            select user_id, username, role from hit
            """;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    AccessTokenService(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The signed-in user's live tokens, newest first. */
    @Transactional(readOnly = true)
    public List<AccessTokenInfo> mine() {
        SignedInUser me = currentUser.require();
        return jdbc.query("""
                select id, name, token_prefix, created_at, last_used_at from access_token
                 where user_id = ? and revoked_at is null order by created_at desc, id desc
                """, (rs, i) -> new AccessTokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at"))), me.id());
    }

    /** Creates a token for the signed-in user; the returned secret is the only time it can be read. */
    @Transactional
    public NewAccessToken create(String name) {
        SignedInUser me = currentUser.require();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserMessageException("token.error.name-missing");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_LENGTH) {
            throw new UserMessageException("token.error.name-too-long", MAX_NAME_LENGTH);
        }
        // serialises two creations by the same user, so that the limit and the unique name hold without a race
        jdbc.queryForObject("select id from app_user where id = ? for update", Long.class, me.id());
        List<String> live = jdbc.queryForList("select name from access_token where user_id = ? and revoked_at is null",
                String.class, me.id());
        if (live.stream().anyMatch(n -> n.equalsIgnoreCase(trimmed))) {
            throw new UserMessageException("token.error.name-taken", trimmed);
        }
        if (live.size() >= MAX_LIVE_TOKENS) {
            throw new UserMessageException("token.error.too-many", MAX_LIVE_TOKENS);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = token.substring(0, SHOWN_PREFIX_LENGTH);
        Long id = jdbc.queryForObject("""
                insert into access_token (user_id, name, token_hash, token_prefix) values (?, ?, ?, ?) returning id
                """, Long.class, me.id(), trimmed, hash(token), prefix);
        AccessTokenInfo info = jdbc.queryForObject("select created_at from access_token where id = ?",
                (rs, i) -> new AccessTokenInfo(id, trimmed, prefix, rs.getTimestamp(1).toInstant(), null), id);
        return new NewAccessToken(info, token);
    }

    /** Revokes one of the signed-in user's own tokens; from then on it is refused. */
    @Transactional
    public void revoke(long tokenId) {
        SignedInUser me = currentUser.require();
        int changed = jdbc.update("update access_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null",
                tokenId, me.id());
        if (changed == 0) {
            throw new UserMessageException("token.error.gone");
        }
    }

    /** The owner of a live token of an enabled user, or nothing. Called by the security chains, once per request. */
    Optional<AccountPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.query(AUTHENTICATE, (rs, i) -> new AccountPrincipal(rs.getLong("user_id"), rs.getString("username"),
                "", Role.valueOf(rs.getString("role")), true), hash(token)).stream().findFirst();
    }

    static String hash(String token) {
        try {
            // a token carries 256 random bits, so a fast hash is enough: nobody can guess one to test against it
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
