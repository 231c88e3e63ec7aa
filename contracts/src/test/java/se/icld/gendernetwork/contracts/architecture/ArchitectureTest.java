package se.icld.gendernetwork.contracts.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contracts are plain Java that every service reads: no framework, no service. */
@AnalyzeClasses(packages = "se.icld.gendernetwork.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule importNoFramework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule knowNoService = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("se.icld.gendernetwork.intake..",
                    "se.icld.gendernetwork.review..", "se.icld.gendernetwork.notification..",
                    "se.icld.gendernetwork.support..");
}
