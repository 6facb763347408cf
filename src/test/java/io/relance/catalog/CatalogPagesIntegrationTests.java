package io.relance.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.catalog.product.ProductManagement;
import io.relance.shared.RelanceUser;
import io.relance.shared.Role;
import io.relance.shared.web.Flash;
import io.relance.workspace.NewUser;
import io.relance.workspace.WorkspaceFixture;
import io.relance.workspace.WorkspaceManagement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue's pages: the list, the form (errors beside each field, the form back as typed, a stale save), the
 * picker fragment of the quote editor, the tax rates tab, and what a sales rep may do there.
 */
class CatalogPagesIntegrationTests extends MvcTest {

    @Autowired
    CatalogFixture catalog;

    @Autowired
    ProductManagement products;

    @Autowired
    WorkspaceManagement workspaceManagement;

    RelanceUser member(WorkspaceFixture.TestWorkspace ws, Role role, String locale) {
        String email = "member-" + UUID.randomUUID() + "@relance.test";
        workspaceManagement.createUser(
                ws.admin(), new NewUser(email, "Rémi Martin", role, locale, WorkspaceFixture.PASSWORD));
        return workspaceManagement.signInCandidate(email).orElseThrow();
    }

    @Test
    void theListShowsProductsWithPricesInTheReadersLanguageAndSearches() throws Exception {
        var acme = workspaces.create("Acme");
        catalog.product(acme.admin(), "PARQ", "Pose de parquet", "1234.5", Map.of("unit", "m²"));
        catalog.product(acme.admin(), "PEINT", "Peinture", "25");
        RelanceUser french = member(acme, Role.MANAGER, "fr");
        String page = pageAs(french, "/catalog");
        assertThat(page).contains("Pose de parquet", "Peinture", "PARQ", "m²", "1\u202f234,50", "20\u00a0%");
        assertThat(page).contains("href=\"/catalog/new\"");
        assertThat(body(as(french, get("/catalog?q=parquet"))))
                .contains("Pose de parquet")
                .doesNotContain("Peinture");
        as(french, get("/catalog?kind=WHATEVER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kind")));
    }

    @Test
    void aFormWithErrorsComesBackAsTypedWithEachErrorBesideItsField() throws Exception {
        var acme = workspaces.create("Acme");
        String page = body(as(
                        acme.admin(),
                        form(
                                post("/catalog/new"),
                                "reference=",
                                "label=Pose <b>parquet</b>",
                                "unitPrice=12,345",
                                "costPrice=abc",
                                "unit=m²",
                                "taxRateId="
                                        + catalog.rate(acme.admin(), "10").id().toString(),
                                "kind=PRODUCT"))
                .andExpect(status().isOk()));
        assertThat(page)
                .contains("id=\"reference-error\"", "id=\"unitPrice-error\"", "id=\"costPrice-error\"")
                .contains("value=\"12,345\"", "value=\"abc\"", "value=\"m²\"")
                .contains("Pose &lt;b&gt;parquet&lt;/b&gt;")
                .doesNotContain("<b>parquet</b>")
                .contains("At most 2 decimals.", "Not a valid number.", "Required.");
        assertThat(page).containsPattern("<option value=\"PRODUCT\" selected=\"selected\"");

        as(
                        acme.admin(),
                        form(
                                post("/catalog/new"),
                                "reference=PARQ",
                                "label=Pose de parquet",
                                "unitPrice=45,50",
                                "costPrice=",
                                "taxRateId="
                                        + catalog.rate(acme.admin(), "10").id().toString(),
                                "kind=SERVICE",
                                "active=true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/catalog"))
                .andExpect(flash().attributeExists("flash"));
    }

    @Test
    void aStaleSaveComesBackAsTypedAndSavesOnceLookedAt() throws Exception {
        var acme = workspaces.create("Acme");
        var product = catalog.product(acme.admin(), "H", "Heure", "40").product();
        send(acme.admin(), patch("/api/v1/products/" + product.id()), "{\"unitPrice\": 42, \"version\": 0}")
                .andExpect(status().isOk());
        String page = body(as(acme.admin(), edit(product, "0")).andExpect(status().isOk()));
        assertThat(page).contains("changed by someone else", "value=\"Heure de pose\"", "name=\"version\" value=\"1\"");
        as(acme.admin(), edit(product, "1")).andExpect(status().is3xxRedirection());
        assertThat(products.get(acme.id(), product.id()).product().label()).isEqualTo("Heure de pose");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(
            io.relance.catalog.product.Product product, String version) {
        return form(
                post("/catalog/" + product.id()),
                "reference=H",
                "label=Heure de pose",
                "unitPrice=45",
                "taxRateId=" + product.taxRateId().toString(),
                "kind=SERVICE",
                "active=true",
                "version=" + version);
    }

    @Test
    void aSalesRepReadsTheCatalogueButCannotChangeIt() throws Exception {
        var acme = workspaces.create("Acme");
        var product = catalog.product(acme.admin(), "R", "Ravalement", "80").product();
        RelanceUser rep = acme.rep("Rita");
        String list = pageAs(rep, "/catalog");
        assertThat(list).contains("Ravalement", "href=\"/catalog\"").doesNotContain("href=\"/catalog/new\"");
        String form = pageAs(rep, "/catalog/" + product.id());
        assertThat(form)
                .contains("<fieldset class=\"vstack gap-3\" disabled=\"disabled\">")
                .doesNotContain("save-product");
        as(rep, get("/catalog/new")).andExpect(status().isForbidden());
        as(rep, form(post("/catalog/" + product.id()), "label=Mine", "version=0"))
                .andExpect(status().isForbidden());
        as(rep, get("/settings/tax-rates")).andExpect(status().isForbidden());
    }

    @Test
    void thePickerAnswersMatchingActiveProductsWithWhatAQuoteLineTakes() throws Exception {
        var acme = workspaces.create("Acme");
        var reduced = catalog.rate(acme.admin(), "5.5");
        catalog.product(
                acme.admin(),
                "ISO-1",
                "Isolation des combles",
                "1250",
                Map.of(
                        "unit",
                        "m²",
                        "description",
                        "Laine \"soufflée\" <30 cm>",
                        "taxRateId",
                        reduced.id().toString()));
        var old = catalog.product(acme.admin(), "ISO-0", "Isolation ancienne", "10")
                .product();
        products.deactivate(acme.admin(), old.id());
        RelanceUser rep = member(acme, Role.SALES_REP, "fr");

        String fragment = body(as(rep, htmx(get("/catalog/picker?q=isolation"))).andExpect(status().isOk()));
        assertThat(fragment)
                .doesNotContain("<html", "Isolation ancienne")
                .contains("data-product-id=\"", "data-label=\"Isolation des combles\"")
                .contains("data-unit=\"m²\"", "data-unit-price=\"1250.00\"", "data-tax-rate=\"5.5\"")
                .contains("data-description=\"Laine &quot;soufflée&quot; &lt;30 cm&gt;\"")
                .contains("1\u202f250,00", "TVA 5,5\u00a0%");
        // for a form around the picker (the quote editor): each product a submit button naming it
        String id = catalog.product(acme.admin(), "ISO-2", "Isolation des murs", "80")
                .product()
                .id()
                .toString();
        assertThat(body(as(rep, htmx(get("/catalog/picker?q=murs&pick=add-product")))))
                .contains("type=\"submit\"", "name=\"action\"", "value=\"add-product:" + id + "\"");
        assertThat(body(as(rep, htmx(get("/catalog/picker?q=murs&pick=x\"><script>")))))
                .contains("type=\"button\"")
                .doesNotContain("name=\"action\"", "<script>");
        as(rep, htmx(get("/catalog/picker?q=nothing-like-it")))
                .andExpect(content().string(containsString("Aucun produit actif ne correspond.")));
        // without JavaScript: a page with a search box
        assertThat(body(as(rep, get("/catalog/picker?q=isolation")))).contains("<html", "Isolation des combles");
    }

    @Test
    void anAdminManagesTaxRatesInTheSettings() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        assertThat(pageAs(admin, "/settings/tax-rates"))
                .contains("TVA 20 %", "TVA 5,5 %", "href=\"/settings/tax-rates\"");
        String refused = body(as(admin, form(post("/settings/tax-rates"), "name=TVA 20 %", "percent=101"))
                .andExpect(status().isOk()));
        assertThat(refused).contains("id=\"name-error\"", "id=\"percent-error\"", "value=\"101\"");
        as(admin, form(post("/settings/tax-rates"), "name=Export", "percent=0,0", "active=true"))
                .andExpect(redirectedUrl("/settings/tax-rates"));

        var reduced = catalog.rate(admin, "10");
        catalog.product(
                admin, "T", "Travaux", "100", Map.of("taxRateId", reduced.id().toString()));
        as(admin, post("/settings/tax-rates/" + reduced.id() + "/delete"))
                .andExpect(redirectedUrl("/settings/tax-rates"))
                .andExpect(result -> assertThat(((Flash) result.getFlashMap().get("flash")).text())
                        .contains("Deactivate it instead"));
        String edit = pageAs(admin, "/settings/tax-rates/" + reduced.id());
        assertThat(edit).contains("value=\"10\"", "name=\"version\" value=\"0\"");
        as(
                        admin,
                        form(
                                post("/settings/tax-rates/" + reduced.id()),
                                "name=TVA réduite 10 %",
                                "percent=10",
                                "defaultRate=true",
                                "active=true",
                                "version=0"))
                .andExpect(redirectedUrl("/settings/tax-rates"));
        assertThat(catalog.rate(admin, "10").isDefault()).isTrue();
        assertThat(catalog.rate(admin, "20").isDefault()).isFalse();
    }
}
