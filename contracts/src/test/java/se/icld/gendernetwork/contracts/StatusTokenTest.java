package se.icld.gendernetwork.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class StatusTokenTest {

    private final StatusToken tokens = new StatusToken("a-local-secret-of-enough-length");
    private final UUID id = UUID.fromString("5f1d2c3b-8a7e-3c4d-9e0f-1a2b3c4d5e6f");

    @Test
    void tokenIsStableAndUrlSafe() {
        String token = tokens.tokenFor(id);

        assertThat(token).isEqualTo(tokens.tokenFor(id)).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.matches(id, token)).isTrue();
    }

    @Test
    void tokenOfAnotherApplicationOrKeyDoesNotMatch() {
        String token = tokens.tokenFor(id);

        assertThat(tokens.matches(UUID.randomUUID(), token)).isFalse();
        assertThat(new StatusToken("another-secret-of-enough-length").matches(id, token)).isFalse();
        assertThat(tokens.matches(id, null)).isFalse();
        assertThat(tokens.matches(id, token.substring(1))).isFalse();
    }

    @Test
    void shortSecretsAreRefused() {
        assertThatThrownBy(() -> new StatusToken("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
