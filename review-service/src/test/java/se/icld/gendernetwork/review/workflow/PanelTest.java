package se.icld.gendernetwork.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Review;
import se.icld.gendernetwork.review.application.ReviewSubmission;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.review.criteria.CallCriteria;
import se.icld.gendernetwork.review.criteria.CriteriaProperties;

/** What a reader sees of the panel, with {@code review.reviews.blind-until-own} off and on (the rule, and the setting read by {@code ReviewerActions}). */
class PanelTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final List<String> CRITERIA = List.of("leadership");

    private static Application reviewedByAlice() {
        Application a = Application.register(Submissions.submission(UUID.randomUUID(), T0), T0);
        a.review("alice", new ReviewSubmission(Map.of("leadership", 4), "ACCEPT", "Compromiso claro"), CRITERIA, T0);
        return a;
    }

    @Test
    void notBlindEveryReviewerSeesEveryReviewAndTheAggregate() {
        Panel panel = Panel.of(reviewedByAlice(), "bob", false, false, CRITERIA);

        assertThat(panel.hidden()).isFalse();
        assertThat(panel.reviews()).extracting(Review::by).containsExactly("alice");
        assertThat(panel.aggregate().reviews()).isEqualTo(1);
    }

    @Test
    void blindAReviewerWithoutTheirOwnReviewSeesNoReviewAndNoAggregate() {
        Panel panel = Panel.of(reviewedByAlice(), "bob", false, true, CRITERIA);

        assertThat(panel.hidden()).isTrue();
        assertThat(panel.reviews()).isEmpty();
        assertThat(panel.aggregate()).as("an average would give the hidden scores away").isNull();
    }

    /** The setting as the service reads it: {@code ReviewerActions.panel} with blind-until-own on, the caller's roles deciding. */
    @Test
    void theSettingAndTheCallersRoleReachThePanel() {
        ReviewerActions blind = actions(true);
        ReviewerActions open = actions(false);
        Application a = reviewedByAlice();

        assertThat(blind.panel(a, user("bob", "ROLE_REVIEWER")).hidden()).isTrue();
        assertThat(blind.panel(a, user("admin", "ROLE_ADMIN")).reviews()).hasSize(1);
        assertThat(open.panel(a, user("bob", "ROLE_REVIEWER")).reviews()).hasSize(1);
    }

    private static ReviewerActions actions(boolean blindUntilOwn) {
        CriteriaProperties criteria = new CriteriaProperties(null, new CriteriaProperties.Reviews(blindUntilOwn));
        Calls calls = new Calls(List.of(new Call(Calls.DEFAULT_CALL, Map.of("es", "Red", "en", "Network", "sv", "Nätverket"),
                Map.of("es", "i", "en", "i", "sv", "i"), Instant.EPOCH, null, ZoneId.of("UTC"), Set.of("GT"))));
        return new ReviewerActions(null, Clock.systemUTC(), new ReviewProperties(null, null, null, null, null),
                criteria, new CallCriteria(calls, criteria.criteria()), null, new ReviewerMetrics(new SimpleMeterRegistry()), null);
    }

    private static UsernamePasswordAuthenticationToken user(String name, String role) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(new SimpleGrantedAuthority(role)));
    }

    @Test
    void blindTheReviewerWhoReviewedSeesAllAndAnAdminAlways() {
        Application a = reviewedByAlice();
        a.review("bob", new ReviewSubmission(Map.of("leadership", 2), "REJECT", null), CRITERIA, T0);

        assertThat(Panel.of(a, "bob", false, true, CRITERIA).reviews()).hasSize(2);
        assertThat(Panel.of(a, "admin", true, true, CRITERIA).reviews()).hasSize(2);
        assertThat(Panel.of(a, "carol", false, true, CRITERIA).hidden()).isTrue();
    }
}
