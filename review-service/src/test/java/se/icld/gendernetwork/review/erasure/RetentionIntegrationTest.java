package se.icld.gendernetwork.review.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.review.application.Erasure;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.workflow.ReviewerActions;

/**
 * The retention job anonymises what closed longer ago than {@code review.retention.after} (730 days)
 * and nothing else; a second look (another replica's) finds nothing left to do.
 */
class RetentionIntegrationTest extends ReviewTestSupport {

    @Autowired
    Retention retention;

    @Autowired
    ReviewerActions actions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void closedApplicationsPastThePeriodAreAnonymisedAndTheOthersKeepTheirData() {
        UUID decided = registerApplication("Retained " + UUID.randomUUID());
        actions.claim(decided, "alice");
        actions.decide(decided, "alice", Status.REJECTED, "Gracias.");
        UUID withdrawn = registerApplication("Withdrawn " + UUID.randomUUID());
        post("/api/v1/applications/" + withdrawn + "/withdrawal?token="
                + new se.icld.gendernetwork.contracts.StatusToken(SECRET).tokenFor(withdrawn), null, null);
        UUID open = registerApplication("Open " + UUID.randomUUID());

        clock.advance(Duration.ofDays(729));
        lookUntilDone();
        assertThat(actions.get(decided).erased()).as("one day before the period ends").isFalse();

        clock.advance(Duration.ofDays(2));
        lookUntilDone();

        assertThat(actions.get(decided).erasure().onRequestOf()).isEqualTo(Erasure.Requester.RETENTION);
        assertThat(actions.get(decided).applicant().fullName()).isNull();
        assertThat(actions.get(decided).status()).isEqualTo(Status.REJECTED);
        assertThat(actions.get(withdrawn).erased()).isTrue();
        assertThat(actions.get(open).erased()).as("not closed: kept however old").isFalse();
        assertThat(actions.get(open).applicant().fullName()).startsWith("Open ");
        // Another look, as another replica would take, finds nothing left.
        assertThat(retention.run()).isZero();
        assertThat(actions.get(decided).erasure().by()).isEqualTo("retention");
    }

    /** Looks until a look anonymises nothing (other tests' closed applications share the database; a look takes a batch). */
    private void lookUntilDone() {
        while (retention.run() > 0) {
            // the next batch
        }
    }
}
