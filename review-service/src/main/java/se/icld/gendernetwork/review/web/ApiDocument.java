package se.icld.gendernetwork.review.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import se.icld.gendernetwork.review.application.WorkflowCode;

/**
 * The reviewers' and applicants' APIs as one OpenAPI 3 document, {@code /v3/api-docs}, with its UI at
 * {@code /swagger-ui/index.html}, both for admins (generated from the code by springdoc). The
 * refusals every operation shares are added here from {@link ApiProblemAdvice}'s rules rather than
 * repeated on each method: 400 (invalid fields or parameters), 401/403 on the reviewers' API, 404
 * for an unknown id or a wrong status token, 409 with the workflow's {@code code}, 413 over the body
 * limit. {@code ApiDocumentIntegrationTest} compares the served document with the checked-in copy.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenAPI reviewApi() {
        return new OpenAPI().servers(List.of(new Server().url("/")))
                .info(new Info().title("Network for Gender Equality: review API (review-service)").version("v1")
                        .description("""
                                /api/v1/review/**: the reviewers' queue, one application at a time (claim, release, \
                                decide, ask for information, notes), stats and the CSV export (ADMIN); HTTP Basic with \
                                the local accounts (local mode) or a bearer JWT from the organisation's identity \
                                provider (jwt mode). A claim is a lease of 30 minutes; only its holder decides.

                                /api/v1/applications/{id}/**: the applicant's own application, opened by the status \
                                token from the receipt (query parameter token); a wrong token and an unknown id are \
                                the same 404.

                                Every refusal is an RFC 9457 problem (application/problem+json). A workflow refusal is \
                                a 409 whose code is one of the workflow codes; invalid fields and parameters are a 400 \
                                with errors [{field, message}] (a value is never quoted)."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT")));
    }

    @Bean
    OpenApiCustomizer sharedRefusals() {
        return api -> {
            if (api.getComponents().getSchemas() == null || !api.getComponents().getSchemas().containsKey("ProblemDetail")) {
                ModelConverters.getInstance().read(ProblemDetail.class).forEach(api.getComponents()::addSchemas);
            }
            api.getPaths().forEach((path, item) -> operations(item).forEach((method, operation) -> refusals(path, method, operation)));
        };
    }

    private static void refusals(String path, String method, Operation operation) {
        boolean reviewer = path.startsWith("/api/v1/review/");
        if (reviewer) {
            operation.addSecurityItem(new SecurityRequirement().addList("basic"));
            operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
            problem(operation, "401", "Not signed in.");
            problem(operation, "403", "Signed in without the role this needs (REVIEWER; the export and erasure: ADMIN), or (code "
                    + "conflict-of-interest) the caller declared a conflict of interest with the application.");
        }
        if (!operation.getResponses().containsKey("400")) {
            problem(operation, "400", "An invalid field or parameter (errors: field and message).");
        }
        if (path.contains("{id}")) {
            problem(operation, "404", reviewer ? "No such application." : "No such application, or a wrong token.");
        }
        if (!"GET".equals(method) && path.contains("{id}")) {
            problem(operation, "409", "Refused by the workflow; code is one of "
                    + Arrays.stream(WorkflowCode.values()).map(WorkflowCode::wire).toList() + ".");
            problem(operation, "413", "The body is over the request-body limit (64 KiB).");
        }
    }

    private static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> operations = new java.util.LinkedHashMap<>();
        if (item.getGet() != null) {
            operations.put("GET", item.getGet());
        }
        if (item.getPost() != null) {
            operations.put("POST", item.getPost());
        }
        return operations;
    }

    private static void problem(Operation operation, String status, String description) {
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
    }
}
