package se.icld.gendernetwork.review.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of review-service, checked on its main classes. Package patterns name roles
 * ({@code ..messaging..}, the aggregate's own package), not features, so they hold across renames.
 */
@AnalyzeClasses(packages = "se.icld.gendernetwork.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Kafka and its Spring bindings stay in the adapters. */
    @ArchTest
    static final ArchRule onlyMessagingTalksKafka = noClasses().that().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "org.springframework.cloud.stream..");

    /** The aggregate (its package's top level, not its persistence) is plain Java: its rules are unit-tested. */
    @ArchTest
    static final ArchRule aggregateImportsNoSpring = noClasses().that().resideInAPackage("..review.application")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..");

    /** Other services are reached through the contracts only. */
    @ArchTest
    static final ArchRule otherServicesOnlyThroughContracts = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("se.icld.gendernetwork.intake..",
                    "se.icld.gendernetwork.notification..");
}
