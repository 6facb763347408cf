package io.relance.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.WorkspaceId;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** The event endpoint as the outside world sees it: tokens, bad input, abuse. */
class PageEventsEndpointIntegrationTests extends TrackingTest {

    WorkspaceId ws;
    IssuedLink link;
    UUID visit;

    @BeforeEach
    void link() {
        ws = workspaces.create("Endpoint").id();
        link = newLink(ws);
        visit = hit(link, FIREFOX, false);
    }

    @Test
    void unknownForgedAndRevokedTokensAnswerTheSame404() throws Exception {
        String json = event(visit, "device-0001", "visible", 3_000, false);
        String unknown = body(report("nope", json).andExpect(status().isNotFound()));

        byte[] forged = Base64.getUrlDecoder().decode(link.token());
        forged[30] ^= 1;
        String forgedToken = Base64.getUrlEncoder().withoutPadding().encodeToString(forged);
        String forgedBody = body(report(forgedToken, json).andExpect(status().isNotFound()));

        IssuedLink revoked = newLink(ws);
        UUID revokedVisit = hit(revoked, FIREFOX, false);
        report(revoked.token(), event(revokedVisit, "device-0001", "hidden", 0, false))
                .andExpect(status().isNoContent());
        links.revoke(ws, "quote", revoked.link().subjectId());
        String revokedBody = body(report(revoked.token(), json).andExpect(status().isNotFound()));

        assertThat(forgedBody).isEqualTo(unknown);
        assertThat(revokedBody).isEqualTo(unknown);
        assertThat(links.resolve(revoked.token())).isEmpty();
    }

    @Test
    void aTokenIsStoredOnlyAsItsHash() {
        var rows = jdbc.sql("SELECT * FROM tracked_links WHERE workspace_id = ? AND id = ?")
                .params(ws.value(), link.link().linkId())
                .query()
                .listOfRows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(link.token()));
            assertThat(row.get("token_hash")).isEqualTo(io.relance.shared.Hashes.sha256Hex(link.token()));
        });
    }

    @Test
    void eachWrongFieldIsAFieldError() throws Exception {
        report(link.token(), """
                        {"visitId": "not-a-uuid", "device": "x", "type": "stare", "visibleMs": -1, "webdriver": "no"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'visitId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'device')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'visibleMs')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'webdriver')]").exists());
        report(link.token(), "[1, 2]").andExpect(status().isBadRequest());
        report(link.token(), "{").andExpect(status().isBadRequest());
        assertThat(visitStatus(ws, visit)).isEqualTo("PENDING");
    }

    @Test
    void aBodyOverOneKilobyteIsRefused() throws Exception {
        String big = "{\"visitId\": \"" + visit + "\", \"pad\": \"" + "x".repeat(2000) + "\"}";
        report(link.token(), big).andExpect(status().isContentTooLarge());
    }

    @Test
    void aBeaconSentAsPlainTextIsTaken() throws Exception {
        mvc.perform(post("/q/" + link.token() + "/events")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(event(visit, "device-0001", "hidden", 0, false))
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andExpect(status().isNoContent());
    }

    @Test
    void aCrossSiteRequestIsRefusedAndNeedsNoCsrfTokenOtherwise() throws Exception {
        mvc.perform(post("/q/" + link.token() + "/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Sec-Fetch-Site", "cross-site")
                        .content(event(visit, "device-0001", "visible", 0, false)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/q/" + link.token() + "/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Sec-Fetch-Site", "same-origin")
                        .content(event(visit, "device-0001", "visible", 0, false)))
                .andExpect(status().isNoContent())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void tooManyEventsForOneLinkAreAnsweredWith429() throws Exception {
        String json = event(visit, "device-0001", "heartbeat", 0, false);
        MvcResult refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            MvcResult result =
                    report(link.token(), json, "192.0.2." + (i % 200)).andReturn();
            if (result.getResponse().getStatus() == 429) {
                refused = result;
            }
        }
        assertThat(refused).as("a 429 within 200 events").isNotNull();
        assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void tooManyEventsFromOneAddressAreAnsweredWith429() throws Exception {
        String from = "203.0.113." + (int) (Math.random() * 200);
        boolean refused = false;
        for (int i = 0; i < 1300 && !refused; i++) {
            refused = report("unknown-token", "{}", from)
                            .andReturn()
                            .getResponse()
                            .getStatus()
                    == 429;
        }
        assertThat(refused).as("a 429 within 1300 events from one address").isTrue();
    }
}
