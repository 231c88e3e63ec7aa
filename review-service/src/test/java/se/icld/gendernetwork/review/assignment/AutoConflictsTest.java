package se.icld.gendernetwork.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Municipality;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.review.assignment.AssignmentProperties.AutoConflict;
import se.icld.gendernetwork.review.assignment.AssignmentProperties.Reviewer;

/** Automatic conflicts of interest and the panel's settings: one test per rule, no Spring. */
class AutoConflictsTest {

    private static final List<Reviewer> PANEL = List.of(new Reviewer("gt-solola", "GT", "Sololá"),
            new Reviewer("gt-pana", "GT", "  panajachel "), new Reviewer("co", "CO", "Panajachel"),
            new Reviewer("se", "SE", null), new Reviewer("nowhere", null, null));
    private static final Municipality PANAJACHEL = new Municipality("Panajachel", "Sololá", "GT");

    @Test
    void byCountryEveryReviewerOfTheApplicantsCountryIsConflicted() {
        assertThat(new AutoConflicts(AutoConflict.COUNTRY, PANEL).conflicted(PANAJACHEL))
                .extracting(Reviewer::username).containsExactly("gt-solola", "gt-pana");
    }

    @Test
    void byMunicipalityOnlyThoseOfTheSameMunicipalityInTheSameCountryCaseAndAccentsAside() {
        assertThat(new AutoConflicts(AutoConflict.MUNICIPALITY, PANEL).conflicted(PANAJACHEL))
                .extracting(Reviewer::username).containsExactly("gt-pana");
        assertThat(new AutoConflicts(AutoConflict.MUNICIPALITY, List.of(new Reviewer("m", "GT", "SOLOLA")))
                .conflicted(new Municipality("Sololá", "Sololá", "GT"))).hasSize(1);
    }

    @Test
    void noneMarksNobody() {
        assertThat(new AutoConflicts(AutoConflict.NONE, PANEL).conflicted(PANAJACHEL)).isEmpty();
    }

    @Test
    void appliedToAnApplicationTheConflictsAreRecordedOnceBySystem() {
        Application a = Application.register(Submissions.submission(UUID.randomUUID(), Instant.EPOCH), Instant.EPOCH);
        AutoConflicts rule = new AutoConflicts(AutoConflict.COUNTRY, PANEL);

        assertThat(rule.apply(a, Instant.EPOCH)).isEqualTo(2);
        assertThat(rule.apply(a, Instant.EPOCH)).as("declared already").isZero();

        assertThat(a.conflictedWith("gt-solola")).isTrue();
        assertThat(a.conflicts()).allSatisfy(c -> {
            assertThat(c.declaredBy()).isEqualTo(AutoConflicts.BY);
            assertThat(c.reason()).isEqualTo(AutoConflicts.REASON_COUNTRY);
        });
    }

    @Test
    void thePanelSettingsAreCheckedAtStartUp() {
        assertThatThrownBy(() -> new AssignmentProperties(List.of(new Reviewer("a", "gt", null), new Reviewer("a", null, null),
                new Reviewer(" ", null, null)), null, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("review.assignment.reviewers[0].country must be an ISO code")
                .hasMessageContaining("review.assignment.reviewers[1].username 'a' is listed twice")
                .hasMessageContaining("review.assignment.reviewers[2].username is missing")
                .hasMessageContaining("review.assignment.per-application must be 1 to 20");
        assertThat(new AssignmentProperties(null, null, 2).autoConflict()).isEqualTo(AutoConflict.NONE);
    }
}
