package org.actionmap;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ActionMap: a city's bureaus carry out their annual action plan on a map.
 * Top-level packages are the modules (see README, "Architecture").
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
public class ActionMapApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ActionMapApplication.class, args);
    }
}
