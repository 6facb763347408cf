package io.relance.inquiry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.MvcTest;
import io.relance.shared.RelanceUser;

/** What the inquiry tests share: contacts made through the party API, inquiries posted to the API. */
public abstract class InquiryTest extends MvcTest {

    /** A new third party with one contact (last name, e-mail, phone as given; null left out); the contact's id. */
    protected String contact(RelanceUser who, String thirdParty, String lastName, String email, String phone)
            throws Exception {
        String tp = JsonPath.read(
                body(send(who, post("/api/v1/thirdparties"), "{\"name\": \"" + thirdParty + "\"}")
                        .andExpect(status().isCreated())),
                "$.id");
        String json = "{\"lastName\": \"" + lastName + "\""
                + (email == null ? "" : ", \"email\": \"" + email + "\"")
                + (phone == null ? "" : ", \"phone\": \"" + phone + "\"") + "}";
        return JsonPath.read(
                body(send(who, post("/api/v1/thirdparties/" + tp + "/contacts"), json)
                        .andExpect(status().isCreated())),
                "$.id");
    }

    /** Posts an inquiry as JSON, checked 201; the answer's body. */
    protected String inquire(RelanceUser who, String json) throws Exception {
        return body(send(who, post("/api/v1/inquiries"), json).andExpect(status().isCreated()));
    }

    /** A new object with this reference (a flat), made through the objects API; its id. */
    protected String object(RelanceUser who, String reference) throws Exception {
        return JsonPath.read(
                body(send(
                                who,
                                post("/api/v1/objects"),
                                "{\"reference\": \"" + reference + "\", \"title\": \"Flat " + reference
                                        + "\", \"type\": \"APARTMENT\"}")
                        .andExpect(status().isCreated())),
                "$.id");
    }
}
