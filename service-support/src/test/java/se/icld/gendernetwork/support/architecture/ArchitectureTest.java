package se.icld.gendernetwork.support.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of service-support: the kit knows Kafka in {@code support.messaging} only, and no service. */
@AnalyzeClasses(packages = "se.icld.gendernetwork.support", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Kafka and its Spring bindings stay in the messaging kit. */
    @ArchTest
    static final ArchRule onlyMessagingTalksKafka = noClasses().that().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "org.springframework.cloud.stream..");

    /** Shared by the services, so it depends on none of them. */
    @ArchTest
    static final ArchRule knowsNoService = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("se.icld.gendernetwork.intake..",
                    "se.icld.gendernetwork.review..", "se.icld.gendernetwork.notification..");
}
