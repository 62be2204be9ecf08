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
import java.util.Optional;

/**
 * Signs a request in for that request only when it carries {@code Authorization: Bearer <personal access token>}.
 * Nothing is kept in a session (the chains that use this filter save no context and create no session), so a desktop
 * client stays stateless. A request that presents a token that is unknown, revoked or of a disabled user is refused
 * with 401 even when it also carries a session: a client that sends a token means that token.
 * Deliberately not a bean: a bean filter would also be registered by Spring Boot for every request of the servlet.
 */
final class AccessTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

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
        if (header == null || header.length() < BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountPrincipal> owner = tokens.authenticate(header.substring(BEARER.length()).strip());
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
}
