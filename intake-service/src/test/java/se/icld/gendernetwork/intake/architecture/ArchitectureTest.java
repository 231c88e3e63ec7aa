package se.icld.gendernetwork.intake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of intake-service, checked on its main classes. */
@AnalyzeClasses(packages = "se.icld.gendernetwork.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Kafka and its Spring bindings stay in the adapters. */
    @ArchTest
    static final ArchRule onlyMessagingTalksKafka = noClasses().that().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "org.springframework.cloud.stream..");

    /** The rules of a submission's identity and of the rate limit are plain Java. */
    @ArchTest
    static final ArchRule rulesImportNoSpring = noClasses()
            .that().haveFullyQualifiedName("se.icld.gendernetwork.intake.submission.SubmissionIds")
            .or().haveFullyQualifiedName("se.icld.gendernetwork.intake.submission.References")
            .or().haveFullyQualifiedName("se.icld.gendernetwork.intake.ratelimit.ClientRateLimiter")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..");

    /** Other services are reached through the contracts only. */
    @ArchTest
    static final ArchRule otherServicesOnlyThroughContracts = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("se.icld.gendernetwork.review..",
                    "se.icld.gendernetwork.notification..");
}
