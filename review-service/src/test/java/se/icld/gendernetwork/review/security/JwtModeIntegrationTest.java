package se.icld.gendernetwork.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.registration.Registrations;
import se.icld.gendernetwork.testsupport.TestServers;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code review.security.mode=jwt}: the reviewer API as an OAuth2 resource server. Tokens are
 * signed here with a key of the test's own; the service verifies them with its public half (in
 * production the decoder comes from the issuer's JWKS, via
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "network.status.secret=test-status-secret-of-enough-length",
        "review.security.mode=jwt"})
class JwtModeIntegrationTest {

    private static final KeyPair KEYS = rsaKeys();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Registrations registrations;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "review-jwt");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TokenVerification {

        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }

    @Test
    void reviewersSignInWithTokensWhoseRolesClaimGrantsTheRole() throws Exception {
        UUID id = UUID.randomUUID();
        InterestSubmitted golden = json.readValue(GoldenSamples.json("InterestSubmitted"), InterestSubmitted.class);
        registrations.register(new InterestSubmitted(UUID.randomUUID(), Instant.now(), id, golden.reference(),
                golden.contentHash(), golden.applicant(), golden.municipality(), golden.motivation(),
                golden.focusAreas(), golden.workshops(), golden.partnershipInterest(), golden.mentorshipInterest(),
                golden.consent()));
        String officer = token("officer-7", "ana.officer", List.of("REVIEWER"));

        assertThat(call("GET", "/api/v1/review/queue", null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/review/queue", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/review/queue", token("someone", "someone", List.of())).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/review/export.csv", officer).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/review/queue", officer).statusCode()).isEqualTo(200);

        HttpResponse<String> claimed = call("POST", "/api/v1/review/applications/" + id + "/claim", officer);
        assertThat(claimed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(claimed.body()).get("claim").get("reviewer").asString()).isEqualTo("ana.officer");
        assertThat(call("GET", "/api/v1/review/export.csv", token("admin-1", "admin", List.of("ADMIN"))).statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> call(String method, String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String subject, String username, List<String> roles) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).claim("preferred_username", username)
                .claim("roles", roles).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
