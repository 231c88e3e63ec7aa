package se.icld.gendernetwork.review.application.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.application.Recommendation;
import se.icld.gendernetwork.review.application.Review;
import se.icld.gendernetwork.review.application.ReviewSubmission;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.WorkflowException;
import se.icld.gendernetwork.review.application.WorkflowCode;

/**
 * The applications store against a MongoDB wire server, without the rest of the service: the
 * version guard (guarantee 5), the one-update outbox (guarantee 4), once-only delivery entries.
 */
@DataMongoTest
class MongoApplicationsSliceTest extends PersistenceSliceSupport {

    private static final Duration LEASE = Duration.ofMinutes(30);

    @Test
    void aPartnershipApplicationKeepsItsAnswersAndMentorAndItsNetworkApplicationIsFoundByReference() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String reference = "GEN-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-NET1";
        InterestSubmitted golden = Submissions.submission(UUID.randomUUID(), now);
        Application network = Application.register(new InterestSubmitted(golden.eventId(), now, golden.submissionId(),
                reference, golden.contentHash(), golden.applicant(), golden.municipality(), golden.motivation(),
                golden.focusAreas(), golden.workshops(), golden.partnershipInterest(), golden.mentorshipInterest(),
                golden.consent()), now);
        applications.insert(network);
        Application partnership = Application.register(Submissions.partnership(UUID.randomUUID(), now, reference, "Uppsala",
                "Panajachel", "GT"), network.id(), now);
        applications.insert(partnership);

        assertThat(applications.findByReference(reference)).map(Application::id).contains(network.id());
        assertThat(applications.findByReference(" " + reference + " ")).map(Application::id).contains(network.id());
        assertThat(applications.findByReference("GEN-0000-NONE")).isEmpty();
        assertThat(applications.findByReference(null)).isEmpty();

        Application stored = applications.find(partnership.uuid()).orElseThrow();
        assertThat(stored.partnership()).isEqualTo(new se.icld.gendernetwork.review.application.Partnership(reference,
                "Uppsala", network.id()));
        stored.claim("alice", now, LEASE);
        applications.update(stored);
        stored.decide("alice", Status.ACCEPTED, null, now, Duration.ZERO, new se.icld.gendernetwork.review.application.Eligibility(
                se.icld.gendernetwork.review.application.Eligibility.Verdict.ELIGIBLE, network.id(), reference, Status.ACCEPTED,
                network.municipality(), List.of()));
        applications.update(stored);
        stored.assignMentor("Karin Lindqvist", "Uppsala kommun", null, "admin", now);
        applications.update(stored);

        Application again = applications.find(partnership.uuid()).orElseThrow();
        assertThat(again.mentor()).isEqualTo(new se.icld.gendernetwork.review.application.Mentor("Karin Lindqvist",
                "Uppsala kommun", null, "admin", now));
        assertThat(again.outbox()).extracting(OutboxEntry::type).contains("MentorAssigned");
        assertThat(again.partnership().earlierApplicationId()).isEqualTo(network.id());
    }

    @Test
    void twoDecisionsAtOnceExactlyOneWins() {
        UUID id = registered();
        change(id, a -> a.claim("alice", now(), LEASE));
        // Two requests, each with its own copy loaded before either wrote.
        Application first = applications.find(id).orElseThrow();
        Application second = applications.find(id).orElseThrow();
        first.decide("alice", Status.ACCEPTED, "Bienvenida", now());
        second.decide("alice", Status.REJECTED, "Lo sentimos", now());

        applications.update(first);

        assertThatThrownBy(() -> applications.update(second)).isInstanceOfSatisfying(WorkflowException.class,
                e -> assertThat(e.code()).isEqualTo(WorkflowCode.CONCURRENT_CHANGE));
        Application stored = applications.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(Status.ACCEPTED);
        assertThat(stored.history()).filteredOn(h -> h.action() == HistoryAction.DECIDED).hasSize(1);
        assertThat(stored.outbox()).extracting(OutboxEntry::type).containsExactly("ApplicationRegistered", "DecisionMade");
    }

    @Test
    void reviewsAreStoredWithTheReplacedOneKeptAndTwoAtOnceExactlyOneWins() {
        UUID id = registered();
        List<String> criteria = List.of("leadership");
        change(id, a -> a.review("alice", new ReviewSubmission(Map.of("leadership", 2), "REJECT", "Poco claro"),
                criteria, now()));
        change(id, a -> a.review("alice", new ReviewSubmission(Map.of("leadership", 5), "ACCEPT", "Convincente"),
                criteria, now()));
        Application first = applications.find(id).orElseThrow();
        Application second = applications.find(id).orElseThrow();
        first.review("bob", new ReviewSubmission(Map.of("leadership", 3), "WAITLIST", null), criteria, now());
        second.review("carol", new ReviewSubmission(Map.of("leadership", 4), "ACCEPT", null), criteria, now());

        applications.update(first);

        assertThatThrownBy(() -> applications.update(second)).isInstanceOfSatisfying(WorkflowException.class,
                e -> assertThat(e.code()).isEqualTo(WorkflowCode.CONCURRENT_CHANGE));
        Application stored = applications.find(id).orElseThrow();
        assertThat(stored.reviews()).extracting(Review::by, Review::comment).containsExactly(
                Tuple.tuple("alice", "Convincente"), Tuple.tuple("bob", null));
        assertThat(stored.reviews().get(0).scores()).containsEntry("leadership", 5);
        assertThat(stored.reviews().get(0).recommendation()).isEqualTo(Recommendation.ACCEPT);
        assertThat(stored.supersededReviews()).extracting(Review::comment).containsExactly("Poco claro");
        assertThat(stored.history()).filteredOn(h -> h.action() == HistoryAction.REVIEWED).hasSize(3);
    }

    @Test
    void anApplicationStoredBeforeReviewsExistedIsReviewedLikeAnyOther() {
        UUID id = registered();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.toString())),
                new Update().unset("reviews").unset("supersededReviews"),
                "applications");

        assertThat(applications.find(id).orElseThrow().reviews()).isEmpty();
        change(id, a -> a.review("alice", new ReviewSubmission(Map.of("leadership", 3), "ACCEPT", null), List.of("leadership"), now()));
        change(id, a -> a.review("alice", new ReviewSubmission(Map.of("leadership", 4), "ACCEPT", null), List.of("leadership"), now()));
        assertThat(applications.find(id).orElseThrow().supersededReviews()).hasSize(1);
    }

    @Test
    void theChangeAndTheEventAnnouncingItAreWrittenTogether() {
        UUID id = registered();
        change(id, a -> a.claim("alice", now(), LEASE));
        Application decided = change(id, a -> a.decide("alice", Status.WAITLISTED, null, now()));

        Application stored = applications.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(Status.WAITLISTED);
        assertThat(stored.version()).isEqualTo(decided.version()).isEqualTo(3);
        assertThat(stored.outbox()).extracting(OutboxEntry::type).containsExactly("ApplicationRegistered", "DecisionMade");
    }

    @Test
    void aSubmissionIsInsertedOnce() {
        UUID id = UUID.randomUUID();

        assertThat(applications.insert(Application.register(submission(id), now()))).isTrue();
        assertThat(applications.insert(Application.register(submission(id), now()))).isFalse();
        assertThat(applications.find(id).orElseThrow().outbox()).hasSize(1);
    }

    @Test
    void aDeliveryEntryIsAppendedOncePerEventAndLeavesTheVersionAlone() {
        UUID id = registered();
        HistoryEntry sent = new HistoryEntry(HistoryAction.EMAIL_SENT, null, now(), "notification-service", "RECEIPT (es)",
                UUID.randomUUID().toString());

        assertThat(applications.appendOnce(id, sent)).isTrue();
        assertThat(applications.appendOnce(id, sent)).isFalse();
        Application stored = applications.find(id).orElseThrow();
        assertThat(stored.history()).extracting(h -> h.action().name()).containsExactly("REGISTERED", "EMAIL_SENT");
        assertThat(stored.version()).isEqualTo(1);
    }

    private UUID registered() {
        UUID id = UUID.randomUUID();
        applications.insert(Application.register(submission(id), now()));
        return id;
    }

    private Application change(UUID id, java.util.function.Consumer<Application> action) {
        Application a = applications.find(id).orElseThrow();
        action.accept(a);
        applications.update(a);
        return a;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static InterestSubmitted submission(UUID id) {
        return Submissions.submission(id, now());
    }
}
