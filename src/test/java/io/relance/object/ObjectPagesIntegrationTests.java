package io.relance.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.object.core.ObjectManagement;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The objects' pages: the list, the form (errors beside each field, as typed), the object's page and its status. */
class ObjectPagesIntegrationTests extends MvcTest {

    @Autowired
    ObjectFixture fixture;

    @Autowired
    ObjectManagement objects;

    @Test
    void theListAndTheObjectShowPricesAndLabelsInTheReadersLanguage() throws Exception {
        var acme = workspaces.create("Acme");
        var o = fixture.object(
                acme.admin(),
                "APT-1",
                "Duplex <b>lumineux</b>",
                Map.of("price", 385000, "rooms", 3.5, "city", "Lyon", "customFields", Map.of("balcony", true)));
        RelanceUser french = WorkspaceFixture.speaking(acme.rep("Rémi"), "fr");
        String list = pageAs(french, "/objects", Locale.FRENCH);
        assertThat(list)
                .contains("APT-1", "Duplex &lt;b&gt;lumineux&lt;/b&gt;", "385\u202f000,00", "Disponible", "Biens")
                .doesNotContain("<b>lumineux</b>");
        assertThat(pageAs(french, "/objects?q=nantes", Locale.FRENCH)).doesNotContain("APT-1");
        String record = pageAs(french, "/objects/" + o.id(), Locale.FRENCH);
        assertThat(record).contains("3,5", "balcony", "Lyon").doesNotContain("id=\"edit-object\"");
        assertThat(pageAs(acme.admin(), "/objects/" + o.id())).contains("id=\"edit-object\"", "id=\"to-RESERVED\"");
    }

    @Test
    void aFormWithErrorsComesBackAsTypedWithEachErrorBesideItsField() throws Exception {
        var acme = workspaces.create("Acme");
        fixture.object(acme.admin(), "TAKEN");
        String page = body(as(
                        acme.admin(),
                        form(
                                post("/objects/new"),
                                "reference=taken",
                                "title=",
                                "type=APARTMENT",
                                "price=12,345",
                                "rooms=abc",
                                "country=ZZ",
                                "features=Bad Key"))
                .andExpect(status().isOk()));
        assertThat(page)
                .contains("id=\"reference-error\"", "id=\"title-error\"", "id=\"price-error\"", "id=\"rooms-error\"")
                .contains("id=\"country-error\"", "id=\"features-error\"")
                .contains("value=\"12,345\"", "value=\"abc\"", "value=\"Bad Key\"");

        as(
                        acme.admin(),
                        form(
                                post("/objects/new"),
                                "reference=H-2",
                                "title=Maison",
                                "type=HOUSE",
                                "price=450 000",
                                "rooms=5",
                                "city=Nantes",
                                "features=garden, parking"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/objects/*"));
        var created = objects.get(acme.id(), lookup(acme.id(), "H-2"));
        assertThat(created.features()).containsExactly("garden", "parking");
        assertThat(created.price()).isEqualByComparingTo("450000");
    }

    @Test
    void theOwnerMovesTheStatusFromThePageAndAnotherWorkspaceGets404() throws Exception {
        var acme = workspaces.create("Acme");
        var o = fixture.object(acme.admin(), "S-1");
        as(acme.admin(), form(post("/objects/" + o.id() + "/status"), "status=RESERVED", "version=0"))
                .andExpect(status().is3xxRedirection());
        assertThat(objects.get(acme.id(), o.id()).status()).isEqualTo(SalesObjectStatus.RESERVED);
        RelanceUser stranger = workspaces.create("Globex").admin();
        as(stranger, get("/objects/" + o.id())).andExpect(status().isNotFound());
        as(stranger, get("/objects/" + o.id() + "/edit")).andExpect(status().isNotFound());
        as(stranger, form(post("/objects/" + o.id() + "/status"), "status=SOLD", "version=1"))
                .andExpect(status().isNotFound());
        as(stranger, form(post("/objects/" + o.id() + "/edit"), "reference=X", "title=X", "type=HOUSE", "version=1"))
                .andExpect(status().isNotFound());
        assertThat(objects.get(acme.id(), o.id()).status()).isEqualTo(SalesObjectStatus.RESERVED);
    }

    @Autowired
    SalesObjects lookup;

    private SalesObjectId lookup(io.relance.shared.WorkspaceId ws, String reference) {
        return lookup.findByReference(ws, reference).orElseThrow().id();
    }
}
