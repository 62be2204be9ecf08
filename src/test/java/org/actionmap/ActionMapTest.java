package org.actionmap;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the real application on the real PostGIS test database (set up by ./actionmap test), with the
 * demo city loaded. One shared Spring context for all such tests. The month-end reports are off: the context would
 * otherwise draw the demo year's reports in the background while the tests run (MonthEndReportsTest calls the job).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "actionmap.reports.automatic=false")
@ActiveProfiles("demo")
public @interface ActionMapTest {
}
