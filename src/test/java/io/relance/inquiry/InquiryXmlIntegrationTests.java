package io.relance.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.RelanceUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/inquiries} with OpenImmo-feedback XML: one inquiry per interessent; a bad document refused. */
class InquiryXmlIntegrationTests extends InquiryTest {

    private ResultActions postXml(RelanceUser who, String xml) throws Exception {
        return mvc.perform(post("/api/v1/inquiries")
                .with(user(who))
                .contentType(MediaType.APPLICATION_XML)
                .content(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = InquiryXmlIntegrationTests.class.getResourceAsStream("/inquiry/openimmo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPortalsFeedbackIsMatchedLikeAJsonInquiry() throws Exception {
        RelanceUser rep = workspaces.rep();
        String flat = object(rep, "MUC-4711");
        postXml(rep, fixture("one-inquiry.xml"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].status").value("MATCHED"))
                .andExpect(jsonPath("$.items[0].channel").value("XML"))
                .andExpect(jsonPath("$.items[0].source").value("ImmobilienScout24"))
                .andExpect(jsonPath("$.items[0].objectId").value(flat))
                .andExpect(jsonPath("$.items[0].lastName").value("Schmidt-Größer"))
                .andExpect(jsonPath("$.items[0].contactCreated").value(true));

        postXml(rep, fixture("two-objects.xml"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[*].status", Matchers.everyItem(Matchers.is("UNMATCHED"))))
                .andExpect(jsonPath("$.items[1].phone").doesNotExist())
                .andExpect(jsonPath("$.items[1].message").value("Gibt es einen Stellplatz?\n\n☎ 0151 23456789"))
                .andExpect(jsonPath("$.items[1].unmatchedReasons[1]").value("NO_CONTACT_DETAILS"))
                .andExpect(jsonPath("$.items[2].email").value("yilmaz@example.test"));
        send(rep, get("/api/v1/inquiries?status=unmatched"), "")
                .andExpect(jsonPath("$.items.length()").value(3));
    }

    @Test
    void aMalformedOrDangerousDocumentIsAClearProblemAndNothingIsKept() throws Exception {
        RelanceUser rep = workspaces.rep();
        postXml(rep, fixture("malformed.xml"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("line 8, column")));
        postXml(rep, fixture("external-entity.xml"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("DOCTYPE")))
                .andExpect(jsonPath("$.errors[0].message", Matchers.not(Matchers.containsString("root:"))));
        postXml(rep, fixture("not-feedback.xml"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("openimmo_feedback expected")));
        postXml(rep, """
                        <openimmo_feedback><objekt><oobj_id>A</oobj_id>
                        <interessent><email>ok@example.test</email></interessent>
                        <interessent><email>not-an-address</email></interessent></objekt></openimmo_feedback>""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("interessent[1].email"));
        send(rep, get("/api/v1/inquiries"), "")
                .andExpect(jsonPath("$.items.length()").value(0));
        assertThat(count(rep)).isZero();
    }

    private long count(RelanceUser who) throws Exception {
        Integer n =
                com.jayway.jsonpath.JsonPath.read(body(send(who, get("/api/v1/thirdparties"), "")), "$.items.length()");
        return n;
    }
}
