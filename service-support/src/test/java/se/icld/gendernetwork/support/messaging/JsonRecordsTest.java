package se.icld.gendernetwork.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class JsonRecordsTest {

    record Applicant(String fullName, int age) {
    }

    private final JsonRecords records = new JsonRecords(JsonMapper.builder().build());

    @Test
    void aRecordThatCannotBeReadNamesTheTypeAndPathButNoValue() {
        byte[] mistyped = "{\"fullName\": \"María López\", \"age\": \"maria.lopez@example.org\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> records.read(mistyped, Applicant.class))
                .isInstanceOf(UnprocessableRecordException.class)
                .hasMessageContaining("Applicant").hasMessageContaining("age")
                .hasMessageNotContaining("maria.lopez").hasNoCause();
        assertThatThrownBy(() -> records.read("{\"fullName\": \"María".getBytes(StandardCharsets.UTF_8), Applicant.class))
                .isInstanceOf(UnprocessableRecordException.class).hasMessageNotContaining("María");
        assertThatThrownBy(() -> records.read(new byte[0], Applicant.class)).isInstanceOf(UnprocessableRecordException.class);
        assertThatThrownBy(() -> records.read("null".getBytes(StandardCharsets.UTF_8), Applicant.class))
                .isInstanceOf(UnprocessableRecordException.class);
    }

    @Test
    void aReadableRecordIsRead() {
        assertThat(records.read("{\"fullName\": \"Ana\", \"age\": 40}".getBytes(StandardCharsets.UTF_8), Applicant.class))
                .isEqualTo(new Applicant("Ana", 40));
    }
}
