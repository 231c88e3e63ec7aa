package se.icld.gendernetwork.support.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;

import se.icld.gendernetwork.testsupport.architecture.ArchitectureRules;

/**
 * The boundaries of service-support, the shared rules alone: the kit knows Kafka in
 * {@code support.messaging} only, and, shared by the services, it knows none of them.
 */
@AnalyzeClasses(packages = "se.icld.gendernetwork.support", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ArchitectureRules {
}
