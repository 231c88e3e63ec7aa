package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The templates' wire names are what the log, the Message-IDs, the metrics and the events carry: they never change. */
class TemplateTest {

    @Test
    void theWireNamesAreThoseOfTheLogAndTheTemplateFiles() {
        assertThat(Arrays.stream(Template.values()).map(Template::wire)).containsExactly("receipt",
                "information-request", "decision-accepted", "decision-waitlisted", "decision-rejected", "withdrawal",
                "email-confirmation", "erasure-confirmation", "mentor-assigned");
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void aWireNameReadsBackAsItsTemplate(Template template) {
        assertThat(Template.fromWire(template.wire())).contains(template);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RECEIPT", "Receipt", "decision", "decision-maybe", ""})
    void anythingElseIsNoTemplate(String wire) {
        assertThat(Template.fromWire(wire)).isEmpty();
        assertThat(Template.fromWire(null)).isEmpty();
    }

    @Test
    void onlyTheThreeOutcomesHaveADecisionTemplate() {
        assertThat(Template.decision("ACCEPTED")).isEqualTo(Template.DECISION_ACCEPTED);
        assertThat(Template.decision("WAITLISTED")).isEqualTo(Template.DECISION_WAITLISTED);
        assertThat(Template.decision("REJECTED")).isEqualTo(Template.DECISION_REJECTED);
        assertThatThrownBy(() -> Template.decision("accepted")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Template.decision(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
