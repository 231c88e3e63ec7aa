package se.icld.gendernetwork.review.application.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.data.mongodb.core.query.Update;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueueFilter;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueuePosition;
import se.icld.gendernetwork.review.application.QueueOrder;
import se.icld.gendernetwork.review.application.QueueView;
import se.icld.gendernetwork.review.application.ReviewSubmission;
import se.icld.gendernetwork.review.application.Status;

/** The queue's views, filters and orders as the database answers them (each view, filter and order; paging by position in each order). */
@DataMongoTest
class MongoQueueViewsSliceTest extends EmptyStoreSliceSupport {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(10));
    private static final Instant NOW = Instant.now();
    private static final Duration LEASE = Duration.ofDays(30);
    private static final List<String> CRITERIA = List.of("one", "two");

    @Autowired
    private ApplicationQueries queries;

    @Autowired
    private SentCommands commands;

    private int sequence;

    @Test
    void eachViewHoldsWhatItsNameSaysForItsReader() {
        UUID fresh = registered("Panajachel", "GT");
        UUID claimedByAlice = registered("Panajachel", "GT");
        change(claimedByAlice, a -> a.claim("alice", T0, LEASE));
        UUID leaseRanOut = registered("Panajachel", "GT");
        change(leaseRanOut, a -> a.claim("bob", T0, Duration.ofHours(1)));
        UUID reviewedByAlice = registered("Panajachel", "GT");
        change(reviewedByAlice, a -> a.review("alice", review(4, 4), CRITERIA, T0));
        UUID reviewedByBob = registered("Panajachel", "GT");
        change(reviewedByBob, a -> a.review("bob", review(2, 3), CRITERIA, T0));
        UUID decided = registered("Panajachel", "GT");
        change(decided, a -> a.claim("alice", T0, LEASE));
        change(decided, a -> a.decide("alice", Status.WAITLISTED, null, T0));
        UUID conflicted = registered("Panajachel", "GT");
        change(conflicted, a -> a.declareConflict("alice", "my cousin", "alice", T0));
        UUID assignedToBob = registered("Panajachel", "GT");
        assign(assignedToBob, List.of("bob"));
        UUID assignedToNobody = registered("Panajachel", "GT");
        assign(assignedToNobody, List.of());
        UUID assignedToAlice = registered("Panajachel", "GT");
        assign(assignedToAlice, List.of("alice", "carol"));

        assertThat(ids(QueueView.OPEN)).containsExactly(fresh, claimedByAlice, leaseRanOut, reviewedByAlice, reviewedByBob,
                assignedToBob, assignedToNobody, assignedToAlice);
        assertThat(ids(QueueView.MINE)).containsExactly(claimedByAlice);
        assertThat(ids(QueueView.UNCLAIMED)).containsExactly(fresh, leaseRanOut, reviewedByAlice, reviewedByBob,
                assignedToBob, assignedToNobody, assignedToAlice);
        assertThat(ids(QueueView.NEEDS_REVIEW)).containsExactly(fresh, claimedByAlice, leaseRanOut, reviewedByBob,
                assignedToNobody, assignedToAlice);
        assertThat(ids(QueueView.NEEDS_DECISION)).containsExactly(reviewedByAlice, reviewedByBob);
        assertThat(ids(QueueView.ALL)).hasSize(9).doesNotContain(conflicted).contains(decided);
        // The counts are the lists' lengths, the conflicted application out of every one.
        for (QueueView view : QueueView.values()) {
            assertThat(queries.count(filter(view))).as(view.wire()).isEqualTo(ids(view).size());
        }
        // Someone else's view: bob's needs-review has the one assigned to him, not the one he reviewed.
        assertThat(queries.queue(new QueueFilter(null, null, null, null, "bob", QueueView.NEEDS_REVIEW, null, null, null,
                NOW), QueueOrder.OLDEST, 0, 20)).extracting(Application::id).contains(assignedToBob.toString())
                .doesNotContain(reviewedByBob.toString(), assignedToAlice.toString());
    }

    @Test
    void withNoConditionTheCountIsTheCollectionsOwnLessTheReadersConflicts() {
        registered("Panajachel", "GT");
        registered("Almaguer", "CO");
        UUID conflicted = registered("Cajamarca", "CO");
        change(conflicted, a -> a.declareConflict("alice", "my cousin", "alice", T0));
        AtomicLong total = new AtomicLong();

        List<BsonDocument> sent = commands.sentBy(() -> total.set(queries.count(filter(QueueView.ALL))));

        assertThat(total.get()).isEqualTo(ids(QueueView.ALL).size()).isEqualTo(2);
        // Every application: a count command without a query (the collection's metadata), not an
        // aggregation that reads every document; then the reader's conflicts, on their index.
        assertThat(SentCommands.named(sent, "count")).singleElement()
                .satisfies(count -> assertThat(count.containsKey("query") && !count.getDocument("query").isEmpty())
                        .as("a count of everything: %s", count).isFalse());
        assertThat(SentCommands.named(sent, "aggregate")).singleElement()
                .satisfies(aggregate -> assertThat(aggregate.getArray("pipeline").get(0).asDocument().getDocument("$match")
                        .toJson()).contains("conflicts.reviewer").contains("alice"));
    }

    @Test
    void municipalityIsAnAnchoredCaseInsensitivePrefixAndTheOtherFiltersMatchTheirField() {
        UUID panajachel = registered(submission("Panajachel", "GT", "es", List.of("POLITICAL_PARTICIPATION"), true, false));
        UUID quilichao = registered(submission("Santander de Quilichao", "CO", "en", List.of("GENDER_BASED_VIOLENCE",
                "URBAN_PLANNING"), false, true));
        UUID dotted = registered(submission("S.a. (Norte)", "CO", "sv", List.of("URBAN_PLANNING"), false, false));

        assertThat(ids(filter().municipality("pana"))).containsExactly(panajachel);
        assertThat(ids(filter().municipality("PANAJACHEL"))).containsExactly(panajachel);
        assertThat(ids(filter().municipality("jachel"))).as("not anywhere in the name: its start").isEmpty();
        assertThat(ids(filter().municipality("quilichao"))).isEmpty();
        assertThat(ids(filter().municipality("santander de"))).containsExactly(quilichao);
        assertThat(ids(filter().municipality("S.a. ("))).as("the text is literal, not a pattern").containsExactly(dotted);
        assertThat(ids(filter().municipality("S.")) ).containsExactly(dotted);
        assertThat(ids(filter().focusArea("URBAN_PLANNING"))).containsExactly(quilichao, dotted);
        assertThat(ids(filter().focusArea("POLITICAL_PARTICIPATION"))).containsExactly(panajachel);
        assertThat(ids(filter().workshop("local"))).containsExactly(panajachel);
        assertThat(ids(filter().workshop("sweden"))).containsExactly(quilichao);
        assertThat(ids(filter().language("sv"))).containsExactly(dotted);
        assertThat(ids(filter().language("en").focusArea("URBAN_PLANNING"))).containsExactly(quilichao);
        assertThat(queries.count(filter().language("es").build())).isEqualTo(1);
    }

    @Test
    void theOrdersAreTotalAndAPageByPositionContinuesEachOfThem() {
        UUID bRated3 = registered("Bochalema", "CO");
        UUID aNone = registered("Almaguer", "CO");
        UUID cRated5 = registered("Cajamarca", "CO");
        UUID aRated3 = registered("Almaguer", "CO");
        UUID zNone = registered("Zapatoca", "CO");
        change(bRated3, a -> a.review("alice", review(3, 3), CRITERIA, T0));
        change(cRated5, a -> a.review("alice", review(5, 5), CRITERIA, T0));
        change(cRated5, a -> a.review("bob", review(4, 5), CRITERIA, T0));
        change(aRated3, a -> a.review("bob", review(2, 4), CRITERIA, T0));
        QueueFilter all = filter(QueueView.ALL);

        assertThat(ids(all, QueueOrder.OLDEST)).containsExactly(bRated3, aNone, cRated5, aRated3, zNone);
        assertThat(ids(all, QueueOrder.NEWEST)).containsExactly(zNone, aRated3, cRated5, aNone, bRated3);
        // 4.75, then the two 3.0 by age, then those without a review by age.
        assertThat(ids(all, QueueOrder.SCORE)).containsExactly(cRated5, bRated3, aRated3, aNone, zNone);
        assertThat(ids(all, QueueOrder.MUNICIPALITY)).containsExactly(aNone, aRated3, bRated3, cRated5, zNone);
        assertThat(mongo.findById(cRated5.toString(), Document.class, "applications").get("reviewAverage"))
                .isEqualTo(4.75);

        for (QueueOrder order : QueueOrder.values()) {
            List<UUID> expected = ids(all, order);
            assertThat(walk(all, order, expected.get(0), false)).as(order.wire() + " forwards")
                    .isEqualTo(expected.subList(1, expected.size()));
            List<UUID> backwards = new ArrayList<>(expected.subList(0, expected.size() - 1));
            java.util.Collections.reverse(backwards);
            assertThat(walk(all, order, expected.get(expected.size() - 1), true)).as(order.wire() + " backwards")
                    .isEqualTo(backwards);
            assertThat(queries.queue(all, order, 2, 2)).extracting(a -> UUID.fromString(a.id()))
                    .as(order.wire() + " by page").isEqualTo(expected.subList(2, 4));
        }
    }

    @Test
    void theExportStreamsWhatTheFilterSelectsInItsOrder() {
        UUID gt = registered("Panajachel", "GT");
        registered("Quilichao", "CO");
        UUID gt2 = registered("Atitlán", "GT");
        QueueFilter guatemala = new QueueFilter(null, "GT", null, null, "alice", QueueView.ALL, null, null, null, NOW);

        try (Stream<Application> selected = queries.stream(guatemala, QueueOrder.MUNICIPALITY)) {
            assertThat(selected.map(a -> UUID.fromString(a.id()))).containsExactly(gt2, gt);
        }
    }

    @Test
    void applicationsReviewedBeforeTheAverageWasKeptGetItOnceAtStartUp() {
        UUID reviewed = registered("Panajachel", "GT");
        change(reviewed, a -> a.review("alice", review(2, 5), CRITERIA, T0));
        UUID unreviewed = registered("Panajachel", "GT");
        mongo.updateFirst(query(where("_id").is(reviewed.toString())), new Update().unset("reviewAverage"), "applications");

        new ApplicationIndexes(mongo).create();

        assertThat(mongo.findById(reviewed.toString(), Document.class, "applications").get("reviewAverage")).isEqualTo(3.5);
        assertThat(mongo.findById(unreviewed.toString(), Document.class, "applications").containsKey("reviewAverage"))
                .as("never reviewed: nothing to fill").isFalse();
        assertThat(ids(filter(QueueView.ALL), QueueOrder.SCORE)).containsExactly(reviewed, unreviewed);
    }

    /** From {@code start}, one application at a time by position, to the end of the order. */
    private List<UUID> walk(QueueFilter filter, QueueOrder order, UUID start, boolean backwards) {
        List<UUID> seen = new ArrayList<>();
        Application at = applications.find(start).orElseThrow();
        while (true) {
            List<Application> next = queries.queueAfter(filter, order, QueuePosition.of(at), 1, backwards);
            if (next.isEmpty()) {
                return seen;
            }
            at = applications.find(UUID.fromString(next.get(0).id())).orElseThrow();
            seen.add(UUID.fromString(at.id()));
            if (seen.size() > 20) {
                throw new AssertionError("the walk does not end: " + seen);
            }
        }
    }

    private static ReviewSubmission review(int one, int two) {
        return new ReviewSubmission(Map.of("one", one, "two", two), "ACCEPT", null);
    }

    private List<UUID> ids(QueueView view) {
        return ids(filter(view), QueueOrder.OLDEST);
    }

    private List<UUID> ids(FilterBuilder filter) {
        return ids(filter.build(), QueueOrder.OLDEST);
    }

    private List<UUID> ids(QueueFilter filter, QueueOrder order) {
        return queries.queue(filter, order, 0, 50).stream().map(a -> UUID.fromString(a.id())).toList();
    }

    private static QueueFilter filter(QueueView view) {
        return new QueueFilter(null, null, null, null, "alice", view, null, null, null, NOW);
    }

    private static FilterBuilder filter() {
        return new FilterBuilder();
    }

    private static final class FilterBuilder {
        private String municipality;
        private String focusArea;
        private String workshop;
        private String language;

        FilterBuilder municipality(String value) {
            municipality = value;
            return this;
        }

        FilterBuilder focusArea(String value) {
            focusArea = value;
            return this;
        }

        FilterBuilder workshop(String value) {
            workshop = value;
            return this;
        }

        FilterBuilder language(String value) {
            language = value;
            return this;
        }

        QueueFilter build() {
            return new QueueFilter(null, null, municipality, null, "alice", QueueView.ALL, focusArea, workshop, language, NOW);
        }
    }

    /** Another colleague's assignments: a plain array on the document. */
    private void assign(UUID id, List<String> reviewers) {
        mongo.updateFirst(query(where("_id").is(id.toString())), new Update().set("assignees", reviewers), "applications");
    }

    private UUID registered(String municipality, String country) {
        return registered(submission(municipality, country, "es", List.of("POLITICAL_PARTICIPATION"), true, true));
    }

    private UUID registered(InterestSubmitted submission) {
        applications.insert(Application.register(submission, submission.occurredAt()));
        return submission.submissionId();
    }

    /** Submitted one second apart, in the order made. */
    private InterestSubmitted submission(String municipality, String country, String language, List<String> focusAreas,
            boolean local, boolean sweden) {
        Instant submitted = T0.plusSeconds(sequence++);
        return new InterestSubmitted(UUID.randomUUID(), submitted, UUID.randomUUID(), "GEN-7K3Q-9XDA", "hash",
                new InterestSubmitted.Applicant("María López", "maria.lopez@example.org", null, "Directora", language),
                new InterestSubmitted.Municipality(municipality, "Región", country),
                "Queremos unirnos a la red.", focusAreas, new InterestSubmitted.Workshops(local, sweden), true, true,
                new InterestSubmitted.Consent(true, "2024-01"));
    }

    private void change(UUID id, Consumer<Application> action) {
        Application a = applications.find(id).orElseThrow();
        action.accept(a);
        applications.update(a);
    }
}
