package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workflow's vocabulary keeps its wire form: stored documents, the API's JSON and the console's
 * message keys spell history actions and refusal codes exactly as before the types existed.
 */
class VocabularyTest {

    @Test
    void historyActionsAreStoredAndShownByTheirNames() {
        assertThat(Arrays.stream(HistoryAction.values()).map(Enum::name)).containsExactly(
                "REGISTERED", "CLAIMED", "RELEASED", "DECIDED", "INFO_REQUESTED", "INFO_PROVIDED", "WITHDRAWN",
                "EMAIL_SENT", "EMAIL_FAILED", "CORRECTED", "EMAIL_CONFIRMED", "REVIEWED", "CONFLICT_DECLARED", "ERASED",
                "ERASURE_REQUESTED", "ASSIGNED", "DECISION_TAKEN_BACK", "MENTOR_ASSIGNED");
    }

    @Test
    void onlyDeliveryReportsAreEmails() {
        assertThat(Arrays.stream(HistoryAction.values()).filter(HistoryAction::email))
                .containsExactly(HistoryAction.EMAIL_SENT, HistoryAction.EMAIL_FAILED);
    }

    @Test
    void workflowCodesKeepTheirWireForm() {
        assertThat(Arrays.stream(WorkflowCode.values()).map(WorkflowCode::wire)).containsExactly(
                "illegal-transition", "claimed", "not-claimed", "concurrent-change", "limit-reached",
                "invalid-outcome", "conflict-of-interest", "grace-period-over", "not-the-decider", "not-eligible");
    }

    @Test
    void claimCodesNameTheClaim() {
        assertThat(Arrays.stream(WorkflowCode.values()).filter(WorkflowCode::aboutClaim))
                .containsExactly(WorkflowCode.CLAIMED, WorkflowCode.NOT_CLAIMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-messages.properties", "review-messages_en.properties",
        "review-messages_sv.properties"})
    void everyActionAndCodeHasTheConsolesWords(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (HistoryAction action : HistoryAction.values()) {
            assertThat(messages).containsKey("history." + action.name());
            assertThat(messages).as("the applicant's copy of their data names every step").containsKey("data.action." + action.name());
        }
        for (WorkflowCode code : WorkflowCode.values()) {
            if (code != WorkflowCode.LIMIT_REACHED) {
                assertThat(messages).containsKey("problem." + code.wire());
            }
        }
    }
}
