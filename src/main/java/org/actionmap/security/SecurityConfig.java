package org.actionmap.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.actionmap.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
@EnableWebSecurity
class SecurityConfig extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
    }

    /**
     * Map data (vector tiles, GeoJSON) is fetched by the map itself, many requests per view: a lean chain of its own,
     * ahead of Vaadin's, that only asks for the signed-in session. Vaadin's chain inspects every request for its own
     * routes, which cost a tile request more than the tile's query (see bench/README.md). Read-only GETs, so no CSRF
     * token; no saved request either: a signed-out map gets 401, not the sign-in page. A desktop client (QGIS) may send
     * a personal access token instead of the session (docs/decisions/0009).
     */
    @Bean
    @Order(1)
    SecurityFilterChain mapDataChain(HttpSecurity http, AccessTokenService tokens) throws Exception {
        return readOnlyApiChain(http.securityMatcher("/tiles/**", "/map-data/**"), tokens);
    }

    /** The OGC API (read-only GETs for QGIS and GDAL): the browser's session or a personal access token, else 401. */
    @Bean
    @Order(2)
    SecurityFilterChain ogcApiChain(HttpSecurity http, AccessTokenService tokens) throws Exception {
        return readOnlyApiChain(http.securityMatcher("/ogc", "/ogc/**"), tokens);
    }

    private static SecurityFilterChain readOnlyApiChain(HttpSecurity http, AccessTokenService tokens) throws Exception {
        AuthenticationEntryPoint unauthorized = new ApiUnauthorizedEntryPoint();
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                // a token signs in one request only; a session is used when the browser has one, never made here
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .addFilterBefore(new AccessTokenFilter(tokens, unauthorized), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
