package se.icld.gendernetwork.review.application.persistence;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** The package's adapters (package-private, so found by scanning) for persistence slices. */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PersistenceAdapters.class)
public class PersistenceAdapters {
}
