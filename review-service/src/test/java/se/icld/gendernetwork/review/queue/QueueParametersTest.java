package se.icld.gendernetwork.review.queue;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
