package io.relance.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.relance.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI description is usable as is by a generated client. */
@IntegrationTest
class ApiDocumentationIntegrationTests {

    @Autowired
    MockMvc mvc;

    private DocumentContext apiDocs() throws Exception {
        String json = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.parse(json);
    }

    @Test
    void itNamesRelanceAndBothWaysToAuthenticate() throws Exception {
        DocumentContext docs = apiDocs();
        assertThat(docs.read("$.info.title", String.class)).isEqualTo("Relance API");
        assertThat(docs.read("$.info.version", String.class)).isNotBlank().isNotEqualTo("v0");
        assertThat(docs.read("$.components.securitySchemes.basicAuth.scheme", String.class))
                .isEqualTo("basic");
        assertThat(docs.read("$.components.securitySchemes.bearerAuth.scheme", String.class))
                .isEqualTo("bearer");
        assertThat(docs.read("$.security[*]", List.class)).hasSize(2);
    }

    @Test
    void errorsAreProblemsAndAnswersAreJson() throws Exception {
        DocumentContext docs = apiDocs();
        Map<String, Map<String, Object>> paths = docs.read("$.paths");
        assertThat(paths).isNotEmpty();
        String json = docs.jsonString();
        assertThat(json).doesNotContain("\"*/*\"");
        List<Map<String, Map<String, Object>>> responsesOfEveryOperation = docs.read("$.paths.*.*.responses");
        assertThat(responsesOfEveryOperation).hasSizeGreaterThan(20);
        for (Map<String, Map<String, Object>> responses : responsesOfEveryOperation) {
            assertThat(responses).containsKeys("400", "401", "403");
            responses.forEach((status, response) -> {
                if (status.startsWith("4")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    assertThat(content).as(status).containsOnlyKeys("application/problem+json");
                }
            });
        }
        assertThat(docs.read(
                        "$.paths['/api/v1/me'].get.responses.401.content['application/problem+json'].schema.$ref",
                        String.class))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(docs.read("$.components.schemas.Problem.properties.errors.type", String.class))
                .isEqualTo("array");
        assertThat(docs.read("$.paths['/api/v1/me'].get.responses.200.content", Map.class))
                .containsOnlyKeys("application/json");
    }

    @Test
    void sendingAQuoteAnswersTheQuoteJsonOfGetPlusTheMailId() throws Exception {
        DocumentContext docs = apiDocs();
        String sent = docs.read(
                "$.paths['/api/v1/quotes/{id}/send'].post.responses.200.content['application/json'].schema.$ref");
        String got =
                docs.read("$.paths['/api/v1/quotes/{id}'].get.responses.200.content['application/json'].schema.$ref");
        Map<String, Object> sentFields =
                docs.read("$.components.schemas." + sent.substring(sent.lastIndexOf('/') + 1) + ".properties");
        Map<String, Object> getFields =
                docs.read("$.components.schemas." + got.substring(got.lastIndexOf('/') + 1) + ".properties");
        assertThat(sentFields)
                .containsKey("mailId")
                .containsKeys(getFields.keySet().toArray(String[]::new));
        assertThat(getFields).containsKeys("id", "version", "number", "status", "publicUrl", "lines");
    }

    @Test
    void deletesAnswer204AndListFiltersAreParametersOfTheirOwn() throws Exception {
        DocumentContext docs = apiDocs();
        Map<String, Object> deleteToken = docs.read("$.paths['/api/v1/tokens/{id}'].delete.responses");
        assertThat(deleteToken).containsKey("204").doesNotContainKey("200");
        Map<String, Object> deleteThirdParty = docs.read("$.paths['/api/v1/thirdparties/{id}'].delete.responses");
        assertThat(deleteThirdParty).containsKey("204").doesNotContainKey("200");
        List<String> listParameters = docs.read("$.paths['/api/v1/thirdparties'].get.parameters[*].name");
        assertThat(listParameters)
                .contains("q", "status", "potential", "tag", "owner", "sort", "limit", "cursor", "segment")
                .doesNotContain("params");
        List<String> countParameters = docs.read("$.paths['/api/v1/thirdparties/count'].get.parameters[*].name");
        assertThat(countParameters).contains("q", "status").doesNotContain("params", "cursor");
    }

    @Test
    void aThirdPartysOldCodesAreAList() throws Exception {
        DocumentContext docs = apiDocs();
        assertThat(docs.read("$.components.schemas.ThirdPartyView.properties.codeAliases.type", String.class))
                .isEqualTo("array");
    }

    @Test
    void theBrandingIsDescribedFlatAsItIsAnswered() throws Exception {
        Map<String, Object> properties = apiDocs().read("$.components.schemas.BrandingView.properties");
        assertThat(properties)
                .containsKeys("companyName", "footerText", "version", "logo")
                .doesNotContainKey("texts");
    }
}
