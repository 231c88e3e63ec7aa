package se.icld.gendernetwork.notification.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of notification-service, checked on its main classes. */
@AnalyzeClasses(packages = "se.icld.gendernetwork.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Kafka and its Spring bindings stay in the adapters. */
    @ArchTest
    static final ArchRule onlyMessagingTalksKafka = noClasses().that().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "org.springframework.cloud.stream..");

    /** The rules of sending (which notice, sent / retry / fail, when to retry, when to pause) are plain Java. */
    @ArchTest
    static final ArchRule sendingRulesImportNoSpring = noClasses()
            .that().haveFullyQualifiedName("se.icld.gendernetwork.notification.notice.Notice")
            .or().haveFullyQualifiedName("se.icld.gendernetwork.notification.notice.DeliveryDecision")
            .or().haveFullyQualifiedName("se.icld.gendernetwork.notification.notice.SendOutcome")
            .or().haveFullyQualifiedName("se.icld.gendernetwork.notification.notice.RetryPolicy")
            .or().haveFullyQualifiedName("se.icld.gendernetwork.notification.notice.SendingGate")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..");

    /** The journal (the notification log) is the one code that queries MongoDB. */
    @ArchTest
    static final ArchRule onlyTheJournalQueriesMongoDb = noClasses().that().resideOutsideOfPackage("..journal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..", "org.bson..");

    /** Other services are reached through the contracts only. */
    @ArchTest
    static final ArchRule otherServicesOnlyThroughContracts = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("se.icld.gendernetwork.intake..",
                    "se.icld.gendernetwork.review..");
}
