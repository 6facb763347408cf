package io.relance.party;

import static io.relance.workspace.WorkspaceFixture.speaking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.RelanceUser;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An address ends with the country's name in the reader's language, or with nothing in the workspace's own country
 * (never an ISO code such as "75011 Paris FR"): the record's Details, its contacts and the list's Country column.
 */
class AddressCountryIntegrationTests extends PageTest {

    @Test
    void theWorkspacesOwnCountryIsLeftOutAndAnotherIsNamedInTheReadersLanguage() throws Exception {
        RelanceUser rep = workspaces.rep(); // a French workspace
        String paris = "/thirdparties/"
                + thirdParties
                        .of(rep)
                        .named("Café Oberkampf")
                        .with("addressLine", "12 rue Oberkampf")
                        .with("postalCode", "75011")
                        .in("Paris")
                        .with("country", "FR")
                        .create()
                        .thirdParty()
                        .id();
        String berlin = "/thirdparties/"
                + thirdParties
                        .of(rep)
                        .named("Brauerei Kreuzberg")
                        .with("postalCode", "10115")
                        .in("Berlin")
                        .with("country", "DE")
                        .create()
                        .thirdParty()
                        .id();
        as(rep, form(post(paris + "/contacts"), "lastName=Schmidt", "postalCode=80331", "city=München", "country=DE"))
                .andExpect(status().is3xxRedirection());

        String home = pageAs(rep, paris, Locale.ENGLISH);
        assertThat(home).contains("<span>75011</span> <span>Paris</span> <span class=\"address-country\"></span>");
        // the contact's address, abroad
        assertThat(home)
                .contains("<span>80331</span> <span>München</span> <span class=\"address-country\">Germany</span>");
        assertThat(pageAs(rep, berlin, Locale.ENGLISH))
                .contains("<span>Berlin</span> <span class=\"address-country\">Germany</span>")
                .doesNotContain(">DE<");
        assertThat(pageAs(speaking(rep, "fr"), berlin, Locale.FRENCH))
                .contains("<span>Berlin</span> <span class=\"address-country\">Allemagne</span>");

        // the list's Country column names every country, the workspace's own included
        as(rep, post("/thirdparties/columns").param("columns", "name", "country"))
                .andExpect(status().is3xxRedirection());
        assertThat(pageAs(speaking(rep, "fr"), "/thirdparties", Locale.FRENCH))
                .contains(">Allemagne</td>", ">France</td>")
                .doesNotContain(">DE</td>", ">FR</td>");
    }
}
