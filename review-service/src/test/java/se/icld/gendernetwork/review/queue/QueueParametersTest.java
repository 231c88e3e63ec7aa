package se.icld.gendernetwork.review.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.application.QueueOrder;
import se.icld.gendernetwork.review.application.QueueView;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.web.InvalidParameterException;

class QueueParametersTest {

    @Test
    void pagesRunFromZeroToTheLastOneThatHoldsApplications() {
        assertThatCode(() -> QueueParameters.checkPage(0, 0, 20)).doesNotThrowAnyException();
        assertThatCode(() -> QueueParameters.checkPage(2, 41, 20)).doesNotThrowAnyException();
        assertThatThrownBy(() -> QueueParameters.checkPage(3, 41, 20)).isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("page: must be between 0 and 2");
        assertThatThrownBy(() -> QueueParameters.checkPage(1, 0, 20)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> QueueParameters.checkPage(-1, 100, 20)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> QueueParameters.checkPage(Integer.MAX_VALUE, 100, 20))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void sizesRunFromOneToTheMaximum() {
        assertThatCode(() -> QueueParameters.checkSize(1)).doesNotThrowAnyException();
        assertThatCode(() -> QueueParameters.checkSize(ReviewQueue.MAX_PAGE_SIZE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> QueueParameters.checkSize(0)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> QueueParameters.checkSize(ReviewQueue.MAX_PAGE_SIZE + 1))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void searchTextsWithControlCharactersOrTooLongAreRefusedWithoutQuotingThem() {
        assertThatCode(() -> QueueParameters.checkFilter("co", "Panajachel", "María José O'Brien")).doesNotThrowAnyException();
        assertThatCode(() -> QueueParameters.checkFilter(null, null, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> QueueParameters.checkFilter(null, null, "Mar\u0000ia"))
                .isInstanceOf(InvalidParameterException.class).hasMessage("q: must not contain control characters.");
        assertThatThrownBy(() -> QueueParameters.checkFilter(null, "a\u202Eb", null))
                .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("municipality:");
        assertThatThrownBy(() -> QueueParameters.checkFilter(null, null, "x".repeat(201)))
                .isInstanceOf(InvalidParameterException.class).hasMessageNotContaining("xxx");
        assertThatThrownBy(() -> QueueParameters.checkFilter("COL", null, null))
                .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("country:");
    }

    @Test
    void viewsAndOrdersByTheirWireNamesEmptyIsTheDefault() {
        assertThat(QueueParameters.view("needs-review", QueueView.ALL)).isEqualTo(QueueView.NEEDS_REVIEW);
        assertThat(QueueParameters.view("needs-decision", QueueView.ALL)).isEqualTo(QueueView.NEEDS_DECISION);
        assertThat(QueueParameters.view(null, QueueView.OPEN)).isEqualTo(QueueView.OPEN);
        assertThat(QueueParameters.view(" ", QueueView.ALL)).isEqualTo(QueueView.ALL);
        assertThatThrownBy(() -> QueueParameters.view("NEEDS_REVIEW", QueueView.ALL))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("view: must be one of open, needs-review, needs-decision, mine, unclaimed, all.");
        assertThat(QueueParameters.sort(null)).isEqualTo(QueueOrder.OLDEST);
        assertThat(QueueParameters.sort("score")).isEqualTo(QueueOrder.SCORE);
        assertThatThrownBy(() -> QueueParameters.sort("age")).isInstanceOf(InvalidParameterException.class)
                .hasMessage("sort: must be one of oldest, newest, score, municipality.");
    }

    @Test
    void focusAreaWorkshopLanguageAndStatusAreFromTheirListsAndNeverQuoted() {
        assertThat(QueueParameters.focusArea("urban_planning")).isEqualTo("URBAN_PLANNING");
        assertThat(QueueParameters.focusArea("")).isNull();
        assertThatThrownBy(() -> QueueParameters.focusArea("<script>")).isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("focusArea: must be one of POLITICAL_PARTICIPATION").hasMessageNotContaining("<script>");
        assertThat(QueueParameters.workshop("Sweden")).isEqualTo("sweden");
        assertThatThrownBy(() -> QueueParameters.workshop("online")).isInstanceOf(InvalidParameterException.class)
                .hasMessage("workshop: must be one of local, sweden.");
        assertThat(QueueParameters.language("SV")).isEqualTo("sv");
        assertThatThrownBy(() -> QueueParameters.language("de")).isInstanceOf(InvalidParameterException.class)
                .hasMessage("language: must be one of es, en, sv.");
        assertThat(QueueParameters.status("IN_REVIEW")).isEqualTo(Status.IN_REVIEW);
        assertThatThrownBy(() -> QueueParameters.status("in review")).isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("status: must be one of RECEIVED");
    }

    @Test
    void aPageByPositionOnlyInTheOrdersByTime() {
        assertThatCode(() -> QueueParameters.checkAfter("1_x", QueueOrder.OLDEST)).doesNotThrowAnyException();
        assertThatCode(() -> QueueParameters.checkAfter("1_x", QueueOrder.NEWEST)).doesNotThrowAnyException();
        assertThatCode(() -> QueueParameters.checkAfter(null, QueueOrder.SCORE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> QueueParameters.checkAfter("1_x", QueueOrder.SCORE))
                .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("after:");
        assertThatThrownBy(() -> QueueParameters.checkAfter("1_x", QueueOrder.MUNICIPALITY))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void aSelectionReadsEveryParameterWithTheGivenDefaultView() {
        QueueParameters.Selection s = QueueParameters.selection("alice", QueueView.OPEN, null, "RECEIVED", " co ",
                " Pana ", "education_and_health", "local", "es", " ", "municipality");
        assertThat(s.filter()).isEqualTo(new ReviewQueue.Filter(Status.RECEIVED, "co", "Pana", null, "alice",
                QueueView.OPEN, "EDUCATION_AND_HEALTH", "local", "es"));
        assertThat(s.order()).isEqualTo(QueueOrder.MUNICIPALITY);
        assertThat(QueueParameters.selection("alice", QueueView.ALL, "", null, null, null, null, null, null, null, null)
                .filter().view()).isEqualTo(QueueView.ALL);
        assertThatThrownBy(() -> QueueParameters.selection("alice", QueueView.OPEN, "mine", null, "COL", null, null,
                null, null, null, null)).isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("country:");
    }

    @Test
    void aCallIsOneOfTheConfiguredOnesEmptyIsEveryCallAndItReachesTheFilter() {
        Map<String, String> words = Map.of("es", "x", "en", "x", "sv", "x");
        Calls calls = new Calls(List.of(
                new Call("network-2024", words, words, Instant.EPOCH, null, ZoneId.of("UTC"), Set.of("GT")),
                new Call("network-2026", words, words, Instant.EPOCH, null, ZoneId.of("UTC"), Set.of("GT"))));

        assertThat(QueueParameters.callId(null, calls)).isNull();
        assertThat(QueueParameters.callId(" ", calls)).isNull();
        assertThat(QueueParameters.callId(" network-2026 ", calls)).isEqualTo("network-2026");
        assertThatThrownBy(() -> QueueParameters.callId("<b>call</b>", calls)).isInstanceOf(InvalidParameterException.class)
                .hasMessage("callId: must be one of network-2024, network-2026.");
        assertThat(QueueParameters.selection("alice", QueueView.OPEN, null, null, null, null, null, null, null, null, null,
                "network-2026").filter().callId()).isEqualTo("network-2026");
        assertThat(QueueParameters.selection("alice", QueueView.OPEN, null, null, null, null, null, null, null, null, null)
                .filter().callId()).isNull();
        // A filter keeps its call in every other view (the tabs' counts).
        assertThat(QueueParameters.selection("alice", QueueView.OPEN, null, null, null, null, null, null, null, null, null,
                "network-2026").filter().in(QueueView.MINE).callId()).isEqualTo("network-2026");
    }
}
