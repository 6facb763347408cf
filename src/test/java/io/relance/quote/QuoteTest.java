package io.relance.quote;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.PageTest;
import io.relance.shared.RelanceUser;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the quote tests share: a quote created through the API for a third party, sent, its id. */
public abstract class QuoteTest extends PageTest {

    /** The example: 319.99 net, 56.75 tax, 376.74 gross. */
    public static final String EXAMPLE_LINES = """
            [{"description": "Tiles", "quantity": 3, "unit": "m²", "unitPrice": 100.00, "discountPercent": 10, "taxRate": 20},
             {"description": "Glue", "quantity": 1, "unit": "kg", "unitPrice": 49.99, "taxRate": 5.5}]""";

    @Autowired
    protected QuoteSending sending;

    /** A third party of this owner; its id. */
    protected String party(RelanceUser owner, String name) {
        return thirdParties.of(owner).named(name).createId();
    }

    /** A draft quote of the example for this third party, created by {@code who}; its id. */
    protected String quote(RelanceUser who, String thirdPartyId) throws Exception {
        String json = body(send(
                        who,
                        post("/api/v1/quotes"),
                        "{\"thirdpartyId\": \"" + thirdPartyId + "\", \"lines\": " + EXAMPLE_LINES + "}")
                .andExpect(status().isCreated()));
        return JsonPath.read(json, "$.id");
    }

    /**
     * The editor's fields of line {@code index} as a browser posts them (a null value is a field left empty, not
     * sent): {@code .with(line(0, "Tiles", "3", "100.00", "10", "20"))}.
     */
    protected static RequestPostProcessor line(
            int index, String description, String quantity, String unitPrice, String discountPercent, String taxRate) {
        String[] names = {"description", "quantity", "unitPrice", "discountPercent", "taxRate"};
        String[] values = {description, quantity, unitPrice, discountPercent, taxRate};
        return request -> {
            for (int i = 0; i < names.length; i++) {
                if (values[i] != null) {
                    request.addParameter("lines[" + index + "]." + names[i], values[i]);
                }
            }
            return request;
        };
    }

    protected void markSent(RelanceUser who, String quoteId) {
        sending.markSent(who, new QuoteId(UUID.fromString(quoteId)));
    }
}
