package se.icld.gendernetwork.review.application.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationFigures;
import se.icld.gendernetwork.review.application.ApplicationFigures.Count;
import se.icld.gendernetwork.review.application.ApplicationFigures.DayCount;
import se.icld.gendernetwork.review.application.ApplicationFigures.DecisionTime;
import se.icld.gendernetwork.review.application.ApplicationFigures.InterestCounts;
import se.icld.gendernetwork.review.application.ApplicationFigures.MunicipalityCount;
import se.icld.gendernetwork.review.application.Erasure;
import se.icld.gendernetwork.review.application.Status;

/**
 * The overview's one aggregation on the test database (mongo-java-server without Docker, MongoDB in
 * a container with it): every facet, the UTC days, the decision-time ranges, the top municipalities.
 */
@DataMongoTest
class MongoApplicationFiguresSliceTest extends EmptyStoreSliceSupport {

    private static final Instant DAY_1 = Instant.parse("2026-11-02T23:30:00Z");
    private static final Duration LEASE = Duration.ofDays(60);

    @Autowired
    private ApplicationFigures figures;

    @Test
    void noApplicationsGiveZerosAndEmptyLists() {
        ApplicationFigures.Figures f = figures.figures();

        assertThat(f.total()).isZero();
        assertThat(f.submissionsPerDay()).isEmpty();
        assertThat(f.byStatus()).hasSize(Status.values().length).allSatisfy((s, n) -> assertThat(n).isZero());
        assertThat(f.byCountry()).isEmpty();
        assertThat(f.topMunicipalities()).isEmpty();
        assertThat(f.municipalities()).isZero();
        assertThat(f.interest()).isEqualTo(new InterestCounts(0, 0, 0, 0));
        assertThat(f.timeToDecision()).hasSize(DecisionTime.values().length).allSatisfy((t, n) -> assertThat(n).isZero());
        assertThat(f.decided()).isZero();
        assertThat(f.medianTimeToDecision()).isNull();
    }

    @Test
    void everyBreakdownIsCountedByTheDatabase() {
        UUID a = register(DAY_1, "Panajachel", "GT", "es", List.of("POLITICAL_PARTICIPATION", "URBAN_PLANNING"), true, false);
        // 23:30 and 00:10 UTC: two UTC days, whatever the server's zone
        UUID b = register(DAY_1.plus(Duration.ofMinutes(40)), "Panajachel", "GT", "en", List.of("URBAN_PLANNING"), true, true);
        register(DAY_1.plus(Duration.ofDays(3)), "Pasto", "CO", "sv", List.of("EDUCATION_AND_HEALTH"), false, true);
        UUID d = register(DAY_1.plus(Duration.ofDays(3)).plusSeconds(5), "Pasto", "CO", "es", List.of("URBAN_PLANNING"), false, false);
        decide(a, Duration.ofHours(5));
        decide(b, Duration.ofDays(4));
        change(d, x -> x.withdraw(DAY_1.plus(Duration.ofDays(4))));
        // An erased application still counts (its municipality, language and interest stay).
        Application erased = applications.find(d).orElseThrow();
        erased.erase("admin", Erasure.Requester.APPLICANT, DAY_1.plus(Duration.ofDays(5)));
        applications.writeErasure(erased);

        ApplicationFigures.Figures f = figures.figures();

        assertThat(f.total()).isEqualTo(4);
        assertThat(f.submissionsPerDay()).containsExactly(new DayCount(LocalDate.parse("2026-11-02"), 1),
                new DayCount(LocalDate.parse("2026-11-03"), 1), new DayCount(LocalDate.parse("2026-11-05"), 2));
        assertThat(f.byStatus()).containsEntry(Status.RECEIVED, 1L).containsEntry(Status.WAITLISTED, 2L)
                .containsEntry(Status.WITHDRAWN, 1L).containsEntry(Status.ACCEPTED, 0L);
        assertThat(f.byCountry()).containsExactly(new Count("CO", 2), new Count("GT", 2));
        assertThat(f.byLanguage()).containsExactly(new Count("es", 2), new Count("en", 1), new Count("sv", 1));
        assertThat(f.byFocusArea()).containsExactly(new Count("URBAN_PLANNING", 3),
                new Count("EDUCATION_AND_HEALTH", 1), new Count("POLITICAL_PARTICIPATION", 1));
        assertThat(f.topMunicipalities()).containsExactly(new MunicipalityCount("Panajachel", "GT", 2),
                new MunicipalityCount("Pasto", "CO", 2));
        assertThat(f.municipalities()).isEqualTo(2);
        assertThat(f.interest()).isEqualTo(new InterestCounts(2, 2, 2, 0));
        assertThat(f.timeToDecision()).containsEntry(DecisionTime.UNDER_1_DAY, 1L)
                .containsEntry(DecisionTime.DAYS_3_TO_7, 1L).containsEntry(DecisionTime.OVER_30_DAYS, 0L);
        assertThat(f.decided()).isEqualTo(2);
        assertThat(f.medianTimeToDecision()).isEqualTo(Duration.ofHours(5).plus(Duration.ofDays(4)).dividedBy(2));
    }

    @Test
    void onlyTheTopMunicipalitiesAreNamedMostFirstAndAllAreCounted() {
        for (int i = 0; i < ApplicationFigures.TOP_MUNICIPALITIES + 3; i++) {
            register(DAY_1.plusSeconds(i), "Municipio " + (char) ('A' + i), "CO", "es", List.of("URBAN_PLANNING"), false, false);
        }
        register(DAY_1.plusSeconds(100), "Municipio B", "CO", "es", List.of("URBAN_PLANNING"), false, false);
        // The same name in another country is another municipality.
        register(DAY_1.plusSeconds(101), "Municipio A", "GT", "es", List.of("URBAN_PLANNING"), false, false);

        ApplicationFigures.Figures f = figures.figures();

        assertThat(f.topMunicipalities()).hasSize(ApplicationFigures.TOP_MUNICIPALITIES);
        assertThat(f.topMunicipalities().get(0)).isEqualTo(new MunicipalityCount("Municipio B", "CO", 2));
        assertThat(f.topMunicipalities().get(1)).isEqualTo(new MunicipalityCount("Municipio A", "CO", 1));
        assertThat(f.topMunicipalities().get(2)).isEqualTo(new MunicipalityCount("Municipio A", "GT", 1));
        assertThat(f.municipalities()).isEqualTo(ApplicationFigures.TOP_MUNICIPALITIES + 4);
        assertThat(f.total()).isEqualTo(ApplicationFigures.TOP_MUNICIPALITIES + 5);
    }

    @Test
    void theDecisionTimesFallInTheirRangesByTheFirstDecision() {
        decide(register(DAY_1, "A", "GT", "es", List.of("URBAN_PLANNING"), false, false), Duration.ofDays(1));
        decide(register(DAY_1, "B", "GT", "es", List.of("URBAN_PLANNING"), false, false), Duration.ofDays(14).minusMinutes(1));
        UUID late = register(DAY_1, "C", "GT", "es", List.of("URBAN_PLANNING"), false, false);
        decide(late, Duration.ofDays(31));
        // Waitlisted after 31 days and accepted later: still the first decision's range.
        change(late, x -> x.claim("bob", DAY_1.plus(Duration.ofDays(40)), LEASE));
        change(late, x -> x.decide("bob", Status.ACCEPTED, null, DAY_1.plus(Duration.ofDays(40))));

        ApplicationFigures.Figures f = figures.figures();

        assertThat(f.timeToDecision()).containsEntry(DecisionTime.UNDER_1_DAY, 0L)
                .containsEntry(DecisionTime.DAYS_1_TO_3, 1L).containsEntry(DecisionTime.DAYS_7_TO_14, 1L)
                .containsEntry(DecisionTime.OVER_30_DAYS, 1L);
        assertThat(f.decided()).isEqualTo(3);
        assertThat(f.medianTimeToDecision()).isEqualTo(Duration.ofDays(14).minusMinutes(1));
    }

    private UUID register(Instant submitted, String municipality, String country, String language,
            List<String> focusAreas, boolean localWorkshop, boolean partnership) {
        UUID id = UUID.randomUUID();
        applications.insert(Application.register(new InterestSubmitted(UUID.randomUUID(), submitted, id,
                "GEN-7K3Q-9XDA", "hash",
                new InterestSubmitted.Applicant("María López", "maria.lopez@example.org", null, "Directora", language),
                new InterestSubmitted.Municipality(municipality, "Región", country),
                "Queremos unirnos a la red.", focusAreas,
                new InterestSubmitted.Workshops(localWorkshop, !localWorkshop), partnership, false,
                new InterestSubmitted.Consent(true, "2024-01")), submitted));
        return id;
    }

    private void decide(UUID id, Duration after) {
        Instant at = applications.find(id).orElseThrow().submittedAt().plus(after);
        change(id, a -> a.claim("alice", at, LEASE));
        change(id, a -> a.decide("alice", Status.WAITLISTED, null, at));
    }

    private void change(UUID id, Consumer<Application> action) {
        Application a = applications.find(id).orElseThrow();
        action.accept(a);
        applications.update(a);
    }
}
