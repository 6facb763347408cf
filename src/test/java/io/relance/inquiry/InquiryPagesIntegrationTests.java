package io.relance.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture;
import org.junit.jupiter.api.Test;

/** The Inquiries page: the inbox, one inquiry, processing it with errors beside their field. */
class InquiryPagesIntegrationTests extends InquiryTest {

    @Test
    void theInboxShowsWhatWaitsAsTextAndAPersonProcessesOne() throws Exception {
        RelanceUser rep = workspaces.rep();
        String chosen = contact(rep, "Dupont SARL", "Dupont", "dupont@example.test", null);
        contact(rep, "Dupont et fils", "Dupont", "dupont@example.test", null);
        String id = JsonPath.read(inquire(rep, """
                        {"email": "dupont@example.test", "firstName": "<b>Jean</b>", "lastName": "Dupont",
                         "message": "<script>alert(1)</script> Still for sale?", "source": "SeLoger"}"""), "$.id");
        inquire(rep, "{\"email\": \"matched@example.test\", \"firstName\": \"Matched\"}");

        String inbox = pageAs(rep, "/inquiries");
        assertThat(inbox)
                .contains("Several contacts have this e-mail or phone.", "SeLoger", "&lt;b&gt;Jean&lt;/b&gt; Dupont")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Still for sale?")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("Matched");
        assertThat(pageAs(rep, "/inquiries?show=all")).contains("Matched");
        assertThat(pageAs(WorkspaceFixture.speaking(rep, "de"), "/inquiries")).contains("Zu bearbeiten");

        String page = pageAs(rep, "/inquiries/" + id);
        assertThat(page).contains("contact-" + chosen, "A new contact from this inquiry");

        String refused = body(as(
                        rep,
                        form(
                                post("/inquiries/" + id + "/process"),
                                "version=0",
                                "objectReference=Z-9",
                                "contactId=" + chosen))
                .andExpect(status().isOk()));
        assertThat(refused).contains("objectReference-error", "No object has this reference.");

        as(rep, form(post("/inquiries/" + id + "/process"), "version=0", "objectReference=", "contactId=" + chosen))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inquiries"));
        assertThat(pageAs(rep, "/inquiries")).contains("Nothing to process.");
        assertThat(pageAs(rep, "/inquiries/" + id)).contains("Processed").doesNotContain("process-form");
    }

    @Test
    void theNavigationLeadsToInquiries() throws Exception {
        RelanceUser rep = workspaces.rep();
        assertThat(pageAs(rep, "/")).contains("href=\"/inquiries\"");
        mvc.perform(
                        get("/inquiries/not-an-id")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(rep)))
                .andExpect(status().isNotFound());
    }
}
