package io.relance.messaging.quote;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.history.HistoryManagement;
import io.relance.messaging.MailTest;
import io.relance.messaging.Smtp;
import io.relance.messaging.outbox.OutboxDelivery;
import io.relance.party.ThirdPartyFixture;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture.TestWorkspace;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of quotes by e-mail share (GreenMail as the SMTP server): a workspace "Rénovations Lambert", its rep
 * Rita Rep, her third party "Famille Lambert" (famille@lambert.test) with the contact Claire Lambert
 * (claire@lambert.test), and a French draft quote for Claire valid until 2026-12-31 (376.74 with taxes).
 */
abstract class QuoteMailTest extends MailTest {

    static final String LINES = """
            [{"description": "Carrelage <salle de bain>", "quantity": 3, "unit": "m²", "unitPrice": 100.00,
              "discountPercent": 10, "taxRate": 20},
             {"description": "Colle", "quantity": 1, "unit": "kg", "unitPrice": 49.99, "taxRate": 5.5}]""";

    @Autowired
    ThirdPartyFixture thirdParties;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    HistoryManagement history;

    TestWorkspace acme;
    RelanceUser rep;
    String party;
    String quote;

    @BeforeEach
    void aFrenchQuoteForAContact() throws Exception {
        acme = workspaces.create("Rénovations Lambert");
        rep = acme.rep("Rita Rep");
        party = thirdParties
                .of(rep)
                .named("Famille Lambert")
                .withEmail("famille@lambert.test")
                .createId();
        String contact = JsonPath.read(
                body(send(rep, post("/api/v1/thirdparties/" + party + "/contacts"), """
                                {"firstName": "Claire", "lastName": "Lambert", "email": "claire@lambert.test"}""")
                        .andExpect(status().isCreated())),
                "$.id");
        quote = draft(party, contact, "fr");
    }

    /** A draft quote of {@link #LINES} for this third party (and contact and language, when not null); its id. */
    String draft(String thirdParty, String contact, String language) throws Exception {
        StringBuilder json = new StringBuilder("{\"thirdpartyId\": \"" + thirdParty + "\"");
        if (contact != null) {
            json.append(", \"contactId\": \"").append(contact).append("\"");
        }
        if (language != null) {
            json.append(", \"language\": \"").append(language).append("\", \"validUntil\": \"2026-12-31\"");
        }
        json.append(", \"lines\": ").append(LINES).append("}");
        return JsonPath.read(
                body(send(rep, post("/api/v1/quotes"), json.toString()).andExpect(status().isCreated())), "$.id");
    }

    /** The e-mails GreenMail received for this address. */
    static List<MimeMessage> receivedBy(String address) {
        return Smtp.receivedBy(address);
    }
}
