package se.icld.gendernetwork.notification.notice.web;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The operator API as an OpenAPI 3 document, {@code /v3/api-docs}, with its UI at
 * {@code /swagger-ui/index.html}, both for the admin (HTTP Basic), generated from the code by
 * springdoc. The refusals every operation shares ({@link ApiProblemAdvice}'s, and 401/403) are added
 * here rather than repeated on each method. {@code ApiDocumentIntegrationTest} compares the served
 * document with the checked-in copy.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    @Bean
    OpenAPI operatorApi() {
        return new OpenAPI().servers(List.of(new Server().url("/")))
                .info(new Info().title("Network for Gender Equality: notification operator API (notification-service)")
                        .version("v1")
                        .description("""
                                The notification log of an application (status, attempts, Message-ID, times; never an \
                                address, a name or a text), an operator's resend of a FAILED or UNKNOWN email, a bulk \
                                requeue, and a preview of every template in es, en and sv with sample data. ADMIN only, \
                                HTTP Basic. A resend pressed twice sends once; a SENT email is never sent again (409). \
                                Every refusal is an RFC 9457 problem (application/problem+json)."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    @Bean
    OpenApiCustomizer sharedRefusals() {
        return api -> {
            if (api.getComponents().getSchemas() == null || !api.getComponents().getSchemas().containsKey("ProblemDetail")) {
                ModelConverters.getInstance().read(ProblemDetail.class).forEach(api.getComponents()::addSchemas);
            }
            api.getPaths().forEach((path, item) -> {
                for (Operation operation : item.readOperations()) {
                    operation.addSecurityItem(new SecurityRequirement().addList("basic"));
                    problem(operation, "401", "Not signed in.");
                    problem(operation, "403", "Signed in without the ADMIN role.");
                    if (path.endsWith("/resend")) {
                        problem(operation, "404", "No such notification.");
                        problem(operation, "409", "Already sent (the problem names its Message-ID): not sent again.");
                    }
                    if (path.endsWith("/requeue")) {
                        problem(operation, "400", "status (FAILED or UNKNOWN) and since (an instant) are required;"
                                + " or the body is not JSON.");
                    }
                    if (path.equals("/api/v1/notifications")) {
                        problem(operation, "400", "applicationId missing or not an application id (a UUID); the problem names it.");
                    }
                }
            });
        };
    }

    private static void problem(Operation operation, String status, String description) {
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
    }
}
