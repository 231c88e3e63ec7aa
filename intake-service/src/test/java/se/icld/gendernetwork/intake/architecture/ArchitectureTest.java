package se.icld.gendernetwork.intake.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import se.icld.gendernetwork.testsupport.architecture.ArchitectureRules;

/**
 * The boundaries of intake-service, checked on its main classes: the shared rules (Kafka only in
 * {@code messaging} packages, other services only through the contracts) and its own below.
 */
@AnalyzeClasses(packages = "se.icld.gendernetwork.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ArchitectureRules {

    /** The rules of a submission's identity and of the rate limit are plain Java. */
    @ArchTest
    static final ArchRule rulesImportNoSpring = plainJava("se.icld.gendernetwork.intake.submission.SubmissionIds",
            "se.icld.gendernetwork.intake.submission.References", "se.icld.gendernetwork.intake.ratelimit.ClientRateLimiter");
}
