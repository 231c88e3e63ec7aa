package se.icld.gendernetwork.intake.submission.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The submissions API's OpenAPI 3 document, served at {@code /v3/api-docs} and generated from the
 * code (springdoc): the operation, its status codes and problem types are described on
 * {@link SubmissionController}. {@code ApiDocumentIntegrationTest} compares the served document with
 * the checked-in copy, so an API change is a visible diff.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    @Bean
    OpenAPI submissionsApi() {
        // A relative server: the document is the same wherever it is served (and in its checked-in copy).
        return new OpenAPI().servers(List.of(new Server().url("/"))).info(new Info()
                .title("Network for Gender Equality: submissions API (intake-service)")
                .version("v1")
                .license(new License().name("Proprietary"))
                .description("""
                        Expressions of interest from municipalities in Colombia and Guatemala. A submission is \
                        answered 202 only once the broker has it; every refusal is an RFC 9457 problem \
                        (application/problem+json) with a title and detail in the language of Accept-Language \
                        (es, en, sv).

                        Idempotency-Key: send one (8 to 128 characters of A-Z a-z 0-9 . _ : -) and resend the \
                        same body with the same key after a 503, a timeout or a lost connection: the same \
                        application, the same status link. The same key with another body is another \
                        application (the key and the content make the id). Without a key a resend of the same \
                        body is the same application too; a changed body is a new one."""));
    }
}
