package se.icld.gendernetwork.notification.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import se.icld.gendernetwork.testsupport.architecture.ArchitectureRules;

/**
 * The boundaries of notification-service, checked on its main classes: the shared rules (Kafka only
 * in {@code messaging} packages, other services only through the contracts) and its own below.
 */
@AnalyzeClasses(packages = "se.icld.gendernetwork.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ArchitectureRules {

    private static final String NOTICE = "se.icld.gendernetwork.notification.notice.";

    /** The rules of sending (which notice, sent / retry / fail, when to retry, when to pause) are plain Java. */
    @ArchTest
    static final ArchRule sendingRulesImportNoSpring = plainJava(NOTICE + "Notice", NOTICE + "Template",
            NOTICE + "DeliveryDecision", NOTICE + "SendOutcome", NOTICE + "RetryPolicy", NOTICE + "SendingGate");

    /** The journal (the notification log) is the one code that queries MongoDB. */
    @ArchTest
    static final ArchRule onlyTheJournalQueriesMongoDb = noClasses().that().resideOutsideOfPackage("..journal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..", "org.bson..");
}
