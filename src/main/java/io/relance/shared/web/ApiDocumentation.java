package io.relance.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description at {@code /v3/api-docs}, made usable as is by a generated client: its title and version,
 * the two ways to authenticate (Basic, Bearer), every error as an {@code application/problem+json} Problem,
 * answers typed {@code application/json} (not {@code *}{@code /*}), {@code 204} where the operation answers no
 * content, and the filters of the list operations (taken as one map by their controllers) one by one.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI relanceOpenApi() {
        String version = ApiDocumentation.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Relance API")
                        .version(version == null ? "v1" : version)
                        .description("The JSON API of Relance, a self-hosted CRM. Lists answer {items, nextCursor};"
                                + " errors are application/problem+json (RFC 9457) with a field-level errors list."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basicAuth",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("The user's e-mail and password"))
                        .addSecuritySchemes(
                                "bearerAuth",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (Profile → API tokens)"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"))
                .addSecurityItem(new SecurityRequirement().addList("bearerAuth"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field at fault, e.g. name or tags[2]"))
                .addProperty("message", new StringSchema().description("What is wrong, in the user's language"));
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error));
    }

    /** 204 for what answers no content; the list filters one by one. */
    @Bean
    GlobalOperationCustomizer relanceOperations() {
        return (operation, handler) -> {
            if (answersNoContent(handler) && operation.getResponses() != null) {
                ApiResponse ok = operation.getResponses().remove("200");
                if (ok != null || handler.hasMethodAnnotation(DeleteMapping.class)) {
                    operation.getResponses().addApiResponse("204", new ApiResponse().description("No Content"));
                }
            }
            if (operation.getParameters() != null && takesFilterMap(handler)) {
                operation.getParameters().removeIf(p -> "query".equals(p.getIn()) && "params".equals(p.getName()));
                operation.getParameters().removeIf(p -> "params".equals(p.getName()));
                boolean count = handler.getMethod()
                        .getName()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("count");
                operation.getParameters().addAll(ListFilters.parameters(!count));
                operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + " ")
                        + "Custom fields filter as cf.<key>=value (cf.<key>.min and cf.<key>.max for amounts, numbers"
                        + " and dates); unknown filters are field errors.");
            }
            return operation;
        };
    }

    private static boolean answersNoContent(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        return ResponseEntity.class.equals(type.resolve())
                && Void.class.equals(type.getGeneric(0).resolve());
    }

    private static boolean takesFilterMap(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            if (MultiValueMap.class.isAssignableFrom(parameter.getParameterType())
                    && parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class)) {
                return true;
            }
        }
        return false;
    }

    /** Every error of the API as a Problem in application/problem+json; answers in application/json. */
    @Bean
    GlobalOpenApiCustomizer relanceProblems() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                        path.getValue().readOperationsMap().entrySet()) {
                    Operation operation = entry.getValue();
                    ApiResponses responses =
                            operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                    operation.setResponses(responses);
                    for (ApiResponse response : responses.values()) {
                        retype(response);
                    }
                    boolean write = entry.getKey() != PathItem.HttpMethod.GET;
                    boolean hasId = path.getKey().contains("{");
                    addProblem(responses, "400", "Invalid input: the errors list names each field at fault");
                    addProblem(responses, "401", "Not signed in (HTTP Basic or a Bearer token)");
                    addProblem(responses, "403", "The role does not allow this, or a password change is required");
                    if (hasId) {
                        addProblem(responses, "404", "Not found (or of another workspace)");
                    }
                    if (write) {
                        addProblem(responses, "409", "Stale version: someone else changed it");
                        addProblem(responses, "413", "Request body too large");
                    }
                    addProblem(responses, "429", "Too many failed sign-ins: retry after Retry-After seconds");
                    // whatever springdoc made of the errors is replaced by the one shape the API answers
                    for (String status : List.copyOf(responses.keySet())) {
                        if (status.startsWith("4") || status.startsWith("5")) {
                            ApiResponse r = responses.get(status);
                            r.setContent(problemContent());
                        }
                    }
                }
            }
        };
    }

    private static void retype(ApiResponse response) {
        Content content = response.getContent();
        if (content == null || !content.containsKey("*/*")) {
            return;
        }
        MediaType any = content.remove("*/*");
        if (!content.containsKey("application/json")) {
            content.addMediaType("application/json", any);
        }
    }

    private static void addProblem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description));
        }
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /** The query parameters of the third-party list and count, documented one by one. */
    static final class ListFilters {

        private ListFilters() {}

        static List<Parameter> parameters(boolean paging) {
            Map<String, Object[]> filters = new LinkedHashMap<>();
            filters.put(
                    "q", new Object[] {"Search: name, code and old codes, e-mail, city, postal code, phone", false});
            filters.put("status", new Object[] {"Prospect status, repeatable or comma-separated", true});
            filters.put("potential", new Object[] {"Potential level key, repeatable or comma-separated", true});
            filters.put("tag", new Object[] {"Tag name, repeatable", true});
            filters.put("owner", new Object[] {"me, or a user id", false});
            filters.put("prospect", new Object[] {"true or false", "boolean"});
            filters.put("customer", new Object[] {"true or false", "boolean"});
            filters.put("individual", new Object[] {"true or false", "boolean"});
            filters.put("city", new Object[] {"City", false});
            filters.put("country", new Object[] {"ISO country code", false});
            filters.put("createdFrom", new Object[] {"A day (2026-11-22, workspace time zone) or an instant", false});
            filters.put("createdTo", new Object[] {"Exclusive; a day or an instant", false});
            filters.put("updatedFrom", new Object[] {"A day or an instant", false});
            filters.put("updatedTo", new Object[] {"Exclusive; a day or an instant", false});
            filters.put("segment", new Object[] {"A saved segment's id: its filter applies", false});
            filters.put("deleted", new Object[] {"true: the trash (admins)", "boolean"});
            if (paging) {
                filters.put("sort", new Object[] {
                    "name, code, createdAt, updatedAt, status, potential, city, email or cf.<key>;"
                            + " a leading - for descending",
                    false
                });
                filters.put("limit", new Object[] {"Page size, 1 to 500 (default 50)", "integer"});
                filters.put("cursor", new Object[] {"The nextCursor of the previous page", false});
            }
            List<Parameter> parameters = new ArrayList<>();
            filters.forEach((name, spec) -> {
                Schema<?> schema = switch (String.valueOf(spec[1])) {
                    case "boolean" -> new BooleanSchema();
                    case "integer" -> new IntegerSchema();
                    case "true" -> new ArraySchema().items(new StringSchema());
                    default -> new StringSchema();
                };
                parameters.add(new Parameter()
                        .in("query")
                        .name(name)
                        .required(false)
                        .description((String) spec[0])
                        .schema(schema));
            });
            return parameters;
        }
    }
}
