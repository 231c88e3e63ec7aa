package se.icld.gendernetwork.review.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import se.icld.gendernetwork.testsupport.architecture.ArchitectureRules;

/**
 * The boundaries of review-service, checked on its main classes: the shared rules (Kafka only in
 * {@code messaging} packages, other services only through the contracts) and its own below. Package
 * patterns name roles ({@code ..messaging..}, the aggregate's own package), not features, so they
 * hold across renames.
 */
@AnalyzeClasses(packages = "se.icld.gendernetwork.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ArchitectureRules {

    /** The aggregate (its package's top level, not its persistence) is plain Java: its rules are unit-tested. */
    @ArchTest
    static final ArchRule aggregateImportsNoSpring = plainJavaPackage("..review.application");
}
