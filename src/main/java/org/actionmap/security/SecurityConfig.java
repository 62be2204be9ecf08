package org.actionmap.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.actionmap.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
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
     * token; no saved request either: a signed-out map gets 401, not the sign-in page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain mapDataChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/tiles/**", "/map-data/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
