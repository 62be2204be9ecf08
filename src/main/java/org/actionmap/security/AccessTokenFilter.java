package org.actionmap.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs a request in for that request only when it carries a personal access token, either as
 * {@code Authorization: Bearer <token>} (GDAL, scripts) or as the password of HTTP Basic with the owner's user name
 * ({@code Authorization: Basic}), which is what QGIS's Basic authentication configuration sends: QGIS 3.22 cannot
 * add a Bearer header to its OGC API and vector tile requests. The account password is never accepted here, only a
 * token, so a desktop client never holds the password.
 * Nothing is kept in a session (the chains that use this filter save no context and create no session), so a desktop
 * client stays stateless. A request that presents a token that is unknown, revoked or of a disabled user, or a Basic
 * user name that is not the token's owner, is refused with 401 even when it also carries a session: a client that
 * sends a token means that token.
 * Deliberately not a bean: a bean filter would also be registered by Spring Boot for every request of the servlet.
 */
final class AccessTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";

    private final AccessTokenService tokens;
    private final AuthenticationEntryPoint refused;

    AccessTokenFilter(AccessTokenService tokens, AuthenticationEntryPoint refused) {
        this.tokens = tokens;
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<Optional<AccountPrincipal>> presented = header == null ? Optional.empty()
                : startsWith(header, BEARER) ? Optional.of(tokens.authenticate(header.substring(BEARER.length()).strip()))
                : startsWith(header, BASIC) ? Optional.of(basic(header.substring(BASIC.length()).strip()))
                : Optional.empty();
        if (presented.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountPrincipal> owner = presented.get();
        if (owner.isEmpty()) {
            SecurityContextHolder.clearContext();
            refused.commence(request, response, new BadCredentialsException("unknown, revoked or disabled token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.get(), null,
                owner.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** {@code user:token} in base64; the user name must be the token's owner, compared as sign-in compares it. */
    private Optional<AccountPrincipal> basic(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = pair.substring(0, colon).strip();
        return tokens.authenticate(pair.substring(colon + 1).strip())
                .filter(owner -> owner.getUsername().equalsIgnoreCase(user));
    }

    private static boolean startsWith(String header, String scheme) {
        return header.length() >= scheme.length() && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }
}
