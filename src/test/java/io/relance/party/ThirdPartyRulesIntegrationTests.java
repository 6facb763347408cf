package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.ownership.OwnershipManagement;
import io.relance.party.search.ThirdPartyFilter;
import io.relance.party.search.ThirdPartySearch;
import io.relance.shared.AdjustableClock;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.UserId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** The rules of issue 3 end to end: codes, filters, paging, ownership, merge, files, custom fields, trash. */
class ThirdPartyRulesIntegrationTests extends PageTest {

    @Autowired
    OwnershipManagement ownershipManagement;

    @Autowired
    ThirdPartySearch thirdPartySearch;

    @Autowired
    AdjustableClock clock;

    ResultActions getAs(RelanceUser who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who)));
    }

    @Test
    void concurrentCreationsNeverShareACode() throws Exception {
        RelanceUser rep = workspaces.create("Busy").rep("Fast");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> codes = ConcurrentHashMap.newKeySet();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            done.add(pool.submit((Callable<Void>) () -> {
                start.await();
                codes.add(thirdParties
                        .of(rep)
                        .named("Client " + n)
                        .create()
                        .thirdParty()
                        .code());
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(codes).hasSize(24);
        assertThat(codes.stream()
                        .map(c -> Integer.parseInt(c.substring(c.length() - 4)))
                        .sorted()
                        .toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());
    }

    @Test
    void everyFilterNarrowsTheList() throws Exception {
        var team = workspaces.team();
        defineField(team.acme().admin(), "{\"key\":\"budget\",\"label\":\"Budget\",\"type\":\"AMOUNT\"}");
        defineField(
                team.acme().admin(),
                "{\"key\":\"project\",\"label\":\"Project\",\"type\":\"CHOICE\",\"options\":[\"Kitchen\",\"Roof\"]}");
        defineField(team.acme().admin(), "{\"key\":\"signed\",\"label\":\"Signed\",\"type\":\"CHECKBOX\"}");
        defineField(team.acme().admin(), "{\"key\":\"visit\",\"label\":\"Visit\",\"type\":\"DATE\"}");
        thirdParties
                .of(team.alice())
                .named("Émilie Dupont")
                .with("individual", true)
                .withEmail("emilie@dupont.test")
                .withPhone("06 12 34 56 78")
                .in("Lyon")
                .with("country", "FR")
                .status(ProspectStatus.TO_CONTACT)
                .with("potential", "high")
                .tagged("vip")
                .custom("budget", "25000")
                .custom("project", "Kitchen")
                .custom("signed", true)
                .custom("visit", "2026-12-01")
                .create();
        thirdParties
                .of(team.alice())
                .named("Garage Müller")
                .with("customer", true)
                .with("prospect", false)
                .in("Berlin")
                .with("country", "DE")
                .withPhone("+49 30 1234567")
                .custom("budget", "900")
                .custom("project", "Roof")
                .create();
        thirdParties
                .of(team.bob())
                .named("Bob's bakery")
                .in("Lyon")
                .tagged("vip")
                .create();

        RelanceUser admin = team.acme().admin();
        String base = "/api/v1/thirdparties?limit=500&";
        String[][] cases = {
            {"q=EMILIE", "Émilie Dupont"},
            {"q=dupont.test", "Émilie Dupont"},
            {"q=0612345678", "Émilie Dupont"},
            {"q=+33 6 12 34 56 78", "Émilie Dupont"},
            {"q=0033 6-12-34-56-78", "Émilie Dupont"},
            {"q=06.12.34.56.78", "Émilie Dupont"},
            {"q=muller", "Garage Müller"},
            {"q=berlin", "Garage Müller"},
            {"status=TO_CONTACT", "Émilie Dupont"},
            {"status=TO_CONTACT,NEVER_CONTACTED", "Émilie Dupont|Garage Müller|Bob's bakery"},
            {"potential=high", "Émilie Dupont"},
            {"tag=vip", "Émilie Dupont|Bob's bakery"},
            {"tag=vip&city=lyon&owner=" + team.alice().userId(), "Émilie Dupont"},
            {"customer=true", "Garage Müller"},
            {"prospect=true&individual=false", "Bob's bakery"},
            {"country=DE", "Garage Müller"},
            {"cf.budget.min=1000", "Émilie Dupont"},
            {"cf.budget.max=1000", "Garage Müller"},
            {"cf.project=Roof", "Garage Müller"},
            {"cf.signed=true", "Émilie Dupont"},
            {"cf.signed=false", "Garage Müller|Bob's bakery"},
            {"cf.visit.min=2026-11-30&cf.visit.max=2026-12-31", "Émilie Dupont"},
            {"tag=nonexistent", ""},
            {
                "createdFrom=2000-01-01&createdTo=2999-01-01&updatedFrom=2000-01-01",
                "Émilie Dupont|Garage Müller|Bob's bakery"
            },
            {"createdTo=2000-01-01", ""},
        };
        for (String[] c : cases) {
            String[] expected = c[1].isEmpty() ? new String[0] : c[1].split("\\|");
            try {
                getAs(admin, base + c[0])
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items[*].name", containsInAnyOrder((Object[]) expected)));
            } catch (AssertionError e) {
                throw new AssertionError("filter " + c[0] + ": " + e.getMessage(), e);
            }
        }
        getAs(team.alice(), base + "owner=me").andExpect(jsonPath("$.items", hasSize(2)));
        getAs(team.bob(), base + "tag=vip").andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Bob's bakery")));
        getAs(admin, "/api/v1/thirdparties/count?tag=vip")
                .andExpect(jsonPath("$.value").value(2))
                .andExpect(jsonPath("$.capped").value(false));
        getAs(admin, base + "sort=-cf.budget")
                .andExpect(jsonPath("$.items[0].name").value("Émilie Dupont"));
        getAs(admin, base + "sort=cf.budget")
                .andExpect(jsonPath("$.items[0].name").value("Bob's bakery"));

        for (String bad : new String[] {
            "status=LOST",
            "createdFrom=yesterday",
            "colour=red",
            "cf.nope=1",
            "cf.project.min=1",
            "cf.budget.min=abc",
            "sort=password",
            "prospect=maybe",
            "limit=0",
            "cursor=%%%"
        }) {
            getAs(admin, "/api/v1/thirdparties?" + bad)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").exists());
        }
    }

    @Test
    void keysetPagingReturnsEveryRowOnceInOrderForEverySort() throws Exception {
        var acme = workspaces.create("Pages");
        defineField(acme.admin(), "{\"key\":\"size\",\"label\":\"Size\",\"type\":\"NUMBER\"}");
        String[] names = {"delta", "Alpha", "charlie", "Écho", "bravo", "foxtrot", "golf"};
        for (int i = 0; i < names.length; i++) {
            clock.advance(Duration.ofMinutes(1));
            var b = thirdParties.of(acme.admin()).named(names[i]);
            if (i % 3 != 0) {
                b.custom("size", String.valueOf(i * 10));
            }
            b.create();
        }
        for (String sort : new String[] {
            "name", "-name", "code", "-createdAt", "updatedAt", "cf.size", "-cf.size", "status", "city"
        }) {
            List<String> all = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                String body = body(getAs(
                                acme.admin(),
                                "/api/v1/thirdparties?limit=2&sort=" + sort
                                        + (cursor == null ? "" : "&cursor=" + cursor))
                        .andExpect(status().isOk()));
                all.addAll(JsonPath.read(body, "$.items[*].name"));
                cursor = JsonPath.read(body, "$.nextCursor");
                pages++;
            } while (cursor != null && pages < 10);
            assertThat(all).as("sort " + sort).hasSize(7).containsExactlyInAnyOrder(names);
        }
        String byName = body(getAs(acme.admin(), "/api/v1/thirdparties?sort=name"));
        assertThat((List<String>) JsonPath.read(byName, "$.items[*].name"))
                .containsExactly("Alpha", "bravo", "charlie", "delta", "Écho", "foxtrot", "golf");
    }

    @Test
    void aRepWorksOnlyWhatHeOwnsOrWasLentUntilTheEndDate() throws Exception {
        var team = workspaces.team();
        String id = thirdParties.of(team.bob()).named("Bob's").createId();
        String path = "/api/v1/thirdparties/" + id;
        getAs(team.alice(), path).andExpect(status().isNotFound());
        send(team.alice(), patch(path), "{\"version\":0,\"city\":\"Nice\"}").andExpect(status().isNotFound());
        mvc.perform(delete(path).with(user(team.alice()))).andExpect(status().isNotFound());
        getAs(team.manager(), path).andExpect(status().isOk());
        send(
                        team.alice(),
                        put(path + "/owner"),
                        "{\"ownerId\":\"" + team.alice().userId() + "\",\"version\":0}")
                .andExpect(status().isNotFound());
        send(team.bob(), put(path + "/owner"), "{\"ownerId\":\"" + team.alice().userId() + "\",\"version\":0}")
                .andExpect(status().isForbidden());

        String until = clock.instant().plus(Duration.ofDays(7)).toString();
        send(
                        team.manager(),
                        post(path + "/exceptions"),
                        "{\"userId\":\"" + team.alice().userId() + "\",\"endsAt\":\"" + until
                                + "\",\"reason\":\"Bob on holiday\"}")
                .andExpect(status().isCreated());
        getAs(team.alice(), path).andExpect(status().isOk());
        getAs(team.alice(), "/api/v1/thirdparties?q=bob").andExpect(jsonPath("$.items", hasSize(1)));
        clock.advance(Duration.ofDays(8));
        getAs(team.alice(), path).andExpect(status().isNotFound());
        getAs(team.alice(), "/api/v1/thirdparties?q=bob").andExpect(jsonPath("$.items", hasSize(0)));
        sendRefused(
                team.manager(),
                post(path + "/exceptions"),
                "{\"userId\":\"" + team.alice().userId() + "\",\"endsAt\":\"2000-01-01T00:00:00Z\",\"reason\":\"x\"}",
                "endsAt");

        send(
                        team.manager(),
                        put(path + "/owner"),
                        "{\"ownerId\":\"" + team.alice().userId() + "\",\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerId").value(team.alice().userId().toString()));
        getAs(team.alice(), path + "/history?kind=changes")
                .andExpect(jsonPath("$.items[0].kind").value("party.owner-changed"));
        getAs(team.bob(), path).andExpect(status().isNotFound());
    }

    @Test
    void twoManagersChangingTheOwnerAtOnceGetOneSuccessAndOneConflict() {
        var acme = workspaces.create("Acme");
        RelanceUser a = acme.manager("A");
        RelanceUser b = acme.manager("B");
        RelanceUser rep1 = acme.rep("R1");
        RelanceUser rep2 = acme.rep("R2");
        ThirdPartyId id =
                thirdParties.of(a).named("Contested").create().thirdParty().id();
        ownershipManagement.reassign(a, id, rep1.userId(), 0L);
        assertThatThrownBy(() -> ownershipManagement.reassign(b, id, rep2.userId(), 0L))
                .isInstanceOf(StaleVersionException.class);
        assertThat(management.get(a, id).thirdParty().ownerId()).isEqualTo(rep1.userId());
    }

    @Test
    void mergeMovesEverythingAndLosesNothing() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        defineField(acme.admin(), "{\"key\":\"budget\",\"label\":\"Budget\",\"type\":\"AMOUNT\"}");
        ThirdPartyDetails survivor = thirdParties
                .of(rep)
                .named("Lambert")
                .in("Lyon")
                .tagged("vip")
                .with("notes", "<p>Kitchen first</p>")
                .create();
        ThirdPartyDetails duplicate = thirdParties
                .of(rep)
                .named("Famille Lambert")
                .withEmail("lambert@test.fr")
                .withPhone("06 11 22 33 44")
                .tagged("renovation")
                .custom("budget", "12000")
                .with("notes", "<p>Then the roof</p>")
                .create();
        String s = "/api/v1/thirdparties/" + survivor.thirdParty().id();
        String d = "/api/v1/thirdparties/" + duplicate.thirdParty().id();
        send(rep, post(d + "/contacts"), "{\"lastName\":\"Lambert\",\"firstName\":\"Anne\"}")
                .andExpect(status().isCreated());
        send(rep, post(d + "/notes"), "{\"body\":\"<p>Called twice</p><script>alert(1)</script>\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body").value("<p>Called twice</p>"));
        mvc.perform(multipart(d + "/files")
                        .file(new MockMultipartFile(
                                "file", "plan.txt", "text/plain", "kitchen plan".getBytes(StandardCharsets.UTF_8)))
                        .with(user(rep)))
                .andExpect(status().isCreated());

        mergeInApi(rep, s, duplicate)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("lambert@test.fr"))
                .andExpect(jsonPath("$.phone").value("06 11 22 33 44"))
                .andExpect(jsonPath("$.city").value("Lyon"))
                .andExpect(jsonPath("$.tags", containsInAnyOrder("vip", "renovation")))
                .andExpect(jsonPath("$.customFields.budget").value(12000))
                .andExpect(jsonPath("$.notes").value("<p>Kitchen first</p><hr><p>Then the roof</p>"));
        getAs(rep, d).andExpect(status().isNotFound());
        getAs(rep, s + "/contacts").andExpect(jsonPath("$.items[0].firstName").value("Anne"));
        getAs(rep, s + "/notes").andExpect(jsonPath("$.items[0].body").value("<p>Called twice</p>"));
        getAs(rep, s + "/files").andExpect(jsonPath("$.items[0].filename").value("plan.txt"));
        getAs(rep, s + "/history?kind=changes")
                .andExpect(jsonPath("$.items[0].kind").value("party.merged"))
                .andExpect(jsonPath("$.items[0].snapshot.code")
                        .value(duplicate.thirdParty().code()));
        getAs(rep, s + "/history").andExpect(jsonPath("$.items[?(@.kind == 'party.created')]", hasSize(2)));
        getAs(rep, "/api/v1/thirdparties?q=" + duplicate.thirdParty().code())
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Lambert")));
        mergeInApi(rep, s, survivor).andExpect(status().isBadRequest());
    }

    @Test
    void filesAreCheckedByContentAndSize() throws Exception {
        RelanceUser rep = workspaces.rep();
        String path = thirdParties.of(rep).named("Files").createInApi() + "/files";
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] png = png();
        String created = body(mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "quote.pdf", "application/pdf", pdf))
                        .with(user(rep)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf")));
        mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "photo.png", "image/png", png))
                        .with(user(rep)))
                .andExpect(status().isCreated());
        mvc.perform(get(path + "/" + JsonPath.read(created, "$.id")).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(pdf));
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] elf = new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        for (MockMultipartFile disguised : new MockMultipartFile[] {
            new MockMultipartFile("file", "invoice.pdf", "application/pdf", html),
            new MockMultipartFile("file", "photo.png", "image/png", elf),
            new MockMultipartFile("file", "run.exe", "application/octet-stream", elf)
        }) {
            mvc.perform(multipart(path).file(disguised).with(user(rep)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("file"));
        }
        mvc.perform(get(path).with(user(rep))).andExpect(jsonPath("$.items", hasSize(2)));
    }

    @Test
    void customFieldsAreValidatedByType() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser admin = acme.admin();
        for (String def : new String[] {
            "{\"key\":\"amount\",\"label\":\"A\",\"type\":\"AMOUNT\",\"required\":true}",
            "{\"key\":\"since\",\"label\":\"S\",\"type\":\"DATE\"}",
            "{\"key\":\"site\",\"label\":\"U\",\"type\":\"URL\"}",
            "{\"key\":\"mail\",\"label\":\"M\",\"type\":\"EMAIL\"}",
            "{\"key\":\"tel\",\"label\":\"T\",\"type\":\"PHONE\"}",
            "{\"key\":\"rooms\",\"label\":\"R\",\"type\":\"MULTI_CHOICE\",\"options\":[\"kitchen\",\"bath\"]}",
            "{\"key\":\"memo\",\"label\":\"L\",\"type\":\"LONG_TEXT\"}"
        }) {
            defineField(admin, def);
        }
        send(admin, post("/api/v1/custom-fields"), "{\"key\":\"amount\",\"label\":\"Again\",\"type\":\"TEXT\"}")
                .andExpect(status().isBadRequest());
        sendRefused(
                admin,
                post("/api/v1/custom-fields"),
                "{\"key\":\"list\",\"label\":\"No choices\",\"type\":\"CHOICE\"}",
                "options");
        send(acme.rep("Rep"), post("/api/v1/custom-fields"), "{\"key\":\"x\",\"label\":\"X\",\"type\":\"TEXT\"}")
                .andExpect(status().isForbidden());

        sendRefused(admin, post("/api/v1/thirdparties"), "{\"name\":\"No amount\"}", "customFields.amount");
        send(admin, post("/api/v1/thirdparties"), """
                {"name":"Bad values","customFields":{"amount":"lots","since":"31/12/2026","site":"not a site",
                 "mail":"nope","tel":"12","rooms":["garage"],"unknown":"x"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        containsInAnyOrder(
                                "customFields.amount",
                                "customFields.since",
                                "customFields.site",
                                "customFields.mail",
                                "customFields.tel",
                                "customFields.rooms",
                                "customFields.unknown")));
        getAs(admin, "/api/v1/thirdparties?q=bad values").andExpect(jsonPath("$.items", hasSize(0)));
        send(admin, post("/api/v1/thirdparties"), """
                {"name":"Good values","customFields":{"amount":"12 500,50","since":"2026-12-31","site":"example.com",
                 "mail":"a@b.fr","tel":"01 23 45 67 89","rooms":["kitchen","bath"],"memo":"<b>bold</b>"}}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customFields.amount").value(12500.5))
                .andExpect(jsonPath("$.customFields.rooms", containsInAnyOrder("kitchen", "bath")))
                .andExpect(jsonPath("$.customFields.memo").value("<b>bold</b>"));
    }

    @Test
    void deletedThirdPartiesCanBeRestoredByAnAdminForThirtyDays() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser rep = acme.rep("Rep");
        String first = thirdParties.of(rep).named("Gone").createInApi();
        String second = thirdParties.of(rep).named("Gone for good").createInApi();
        mvc.perform(delete(first).with(user(rep))).andExpect(status().isNoContent());
        mvc.perform(delete(second).with(user(rep))).andExpect(status().isNoContent());
        getAs(rep, first).andExpect(status().isNotFound());
        getAs(acme.admin(), "/api/v1/thirdparties?deleted=true").andExpect(jsonPath("$.items", hasSize(2)));
        getAs(rep, "/api/v1/thirdparties?deleted=true").andExpect(status().isForbidden());
        mvc.perform(post(first + "/restore").with(user(rep))).andExpect(status().isForbidden());
        mvc.perform(post(first + "/restore").with(user(acme.admin()))).andExpect(status().isOk());
        getAs(rep, first).andExpect(status().isOk());
        clock.advance(Duration.ofDays(31));
        mvc.perform(post(second + "/restore").with(user(acme.admin()))).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAFieldErrorAndWritesNothing() throws Exception {
        RelanceUser rep = workspaces.rep();
        sendRefused(rep, post("/api/v1/thirdparties"), "{\"name\":\"\"}", "name");
        send(rep, post("/api/v1/thirdparties"), "{\"name\":\"" + "x".repeat(201) + "\"}")
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        send(
                        rep,
                        post("/api/v1/thirdparties"),
                        "{\"name\":\"Ok\",\"country\":\"XX\",\"language\":\"zz\",\"status\":\"LOST\",\"website\":\"::\"}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].field", containsInAnyOrder("country", "language", "status", "website")));
        send(
                        rep,
                        post("/api/v1/thirdparties"),
                        "{\"name\":\"Other owner\",\"ownerId\":\"" + new UserId(java.util.UUID.randomUUID()) + "\"}")
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"));
        send(rep, post("/api/v1/thirdparties"), "{not json").andExpect(status().isBadRequest());
        send(
                        rep,
                        post("/api/v1/thirdparties"),
                        "{\"name\":\"<script>alert(1)</script>\",\"notes\":\"<p onclick=x>hi</p><script>x</script>\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("<script>alert(1)</script>"))
                .andExpect(jsonPath("$.notes").value("<p>hi</p>"));
        getAs(rep, "/api/v1/thirdparties?limit=500").andExpect(jsonPath("$.items", hasSize(1)));
        assertThat(thirdPartySearch
                        .list(rep, ThirdPartyFilter.empty(), PageRequest.of(500, null))
                        .items())
                .hasSize(1);
    }

    @Test
    void anotherWorkspaceSees404OnEveryEndpoint() throws Exception {
        var acme = workspaces.create("Acme");
        RelanceUser owner = acme.admin();
        RelanceUser stranger = workspaces.create("Globex").admin();
        String id = thirdParties.of(owner).named("Secret").createId();
        String contact = JsonPath.read(
                body(send(owner, post("/api/v1/thirdparties/" + id + "/contacts"), "{\"lastName\":\"X\"}")), "$.id");
        String segment = JsonPath.read(
                body(send(owner, post("/api/v1/segments"), "{\"name\":\"Mine\",\"filter\":{\"q\":\"secret\"}}")
                        .andExpect(status().isCreated())),
                "$.id");
        String field = JsonPath.read(
                body(send(owner, post("/api/v1/custom-fields"), "{\"key\":\"k\",\"label\":\"K\",\"type\":\"TEXT\"}")),
                "$.id");
        String t = "/api/v1/thirdparties/" + id;
        String missing = "0195f3a0-0000-7000-8000-000000000000";
        List<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> requests = List.of(
                get(t),
                patch(t).content("{\"version\":0,\"city\":\"x\"}"),
                delete(t),
                post(t + "/restore"),
                put(t + "/status").content("{\"status\":\"CONTACTED\"}"),
                put(t + "/potential").content("{\"potential\":\"high\"}"),
                put(t + "/owner").content("{\"ownerId\":\"" + stranger.userId() + "\",\"version\":0}"),
                post(t + "/merge").content("{\"duplicateId\":\"" + missing + "\"}"),
                get(t + "/contacts"),
                post(t + "/contacts").content("{\"lastName\":\"Y\"}"),
                patch(t + "/contacts/" + contact).content("{\"lastName\":\"Y\",\"version\":0}"),
                delete(t + "/contacts/" + contact),
                get(t + "/history"),
                post(t + "/history").content("{\"type\":\"CALL\",\"summary\":\"x\"}"),
                get(t + "/notes"),
                post(t + "/notes").content("{\"body\":\"x\"}"),
                get(t + "/files"),
                get(t + "/files/" + missing),
                delete(t + "/files/" + missing),
                get(t + "/exceptions"),
                post(t + "/exceptions")
                        .content("{\"userId\":\"" + stranger.userId()
                                + "\",\"endsAt\":\"2999-01-01T00:00:00Z\",\"reason\":\"x\"}"),
                delete(t + "/exceptions/" + missing),
                get("/api/v1/thirdparties?segment=" + segment),
                delete("/api/v1/segments/" + segment),
                patch("/api/v1/custom-fields/" + field).content("{\"key\":\"k\",\"label\":\"L\",\"version\":0}"),
                delete("/api/v1/custom-fields/" + field));
        for (var request : requests) {
            mvc.perform(request.with(user(stranger)).contentType(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(multipart(t + "/files")
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", "x".getBytes()))
                        .with(user(stranger)))
                .andExpect(status().isNotFound());
        send(stranger, post("/api/v1/thirdparties/bulk"), "{\"ids\":[\"" + id + "\"],\"status\":\"CONTACTED\"}")
                .andExpect(jsonPath("$.changed").value(0));
        getAs(owner, t)
                .andExpect(jsonPath("$.status").value("NEVER_CONTACTED"))
                .andExpect(jsonPath("$.city").doesNotExist());
        getAs(stranger, "/api/v1/thirdparties?q=secret").andExpect(jsonPath("$.items", hasSize(0)));
        getAs(stranger, "/api/v1/segments").andExpect(jsonPath("$.items", hasSize(0)));
        getAs(stranger, "/api/v1/custom-fields").andExpect(jsonPath("$.items", hasSize(0)));
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
