package io.relance.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.MvcTest;
import io.relance.shared.AdjustableClock;
import io.relance.shared.RelanceUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Repeated failed sign-ins are slowed, then blocked for a while; time (the clock) unblocks them. */
class LoginThrottlingIntegrationTests extends MvcTest {

    @Autowired
    AdjustableClock clock;

    /** Each test signs in from an address of its own, so address counters never leak between tests. */
    private final String address = "10.1." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    private org.springframework.test.web.servlet.request.RequestPostProcessor from() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder formLogin(
            String email, String password) {
        return post("/login").with(csrf()).with(from()).param("username", email).param("password", password);
    }

    @Test
    void theApiAnswers429WithRetryAfterOnceAnAccountIsSlowedDown() throws Exception {
        RelanceUser rep = workspaces.create("Acme").rep("Target");
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/me").with(from()).with(httpBasic(rep.email(), "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }
        // the fourth failure is refused at once, even with the right password, until the wait is over
        mvc.perform(get("/api/v1/me").with(from()).with(httpBasic(rep.email(), WorkspaceFixture.PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        clock.advance(Duration.ofSeconds(3));
        mvc.perform(get("/api/v1/me").with(from()).with(httpBasic(rep.email(), WorkspaceFixture.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void failuresWithUnknownEmailsDoNotLockTheAdminOutOfTheSameAddress() throws Exception {
        var acme = workspaces.create("Acme");
        for (int i = 0; i < 18; i++) {
            mvc.perform(formLogin("nobody-" + i + "@nowhere.test", "wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin(acme.admin().email(), WorkspaceFixture.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void anotherAddressIsNotHeldBackByOnesMistakesAndAForwardedHeaderIsNotTrusted() throws Exception {
        RelanceUser rep = workspaces.create("Acme").rep("Target");
        for (int i = 0; i < 3; i++) {
            // the header a client sets itself changes nothing: the connection's address is counted
            mvc.perform(formLogin(rep.email(), "wrong-" + i).header("X-Forwarded-For", "192.0.2." + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin(rep.email(), WorkspaceFixture.PASSWORD))
                .andExpect(redirectedUrlPattern("/login?blocked=*"));
        // the same person from elsewhere (his phone) still signs in
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.2.3.4");
                            return request;
                        })
                        .param("username", rep.email())
                        .param("password", WorkspaceFixture.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void guessesSpreadOverManyAddressesSlowTheAccountDown() throws Exception {
        RelanceUser rep = workspaces.create("Acme").rep("Spread");
        for (int i = 0; i < 10; i++) {
            String from = "10.3." + i + ".1";
            mvc.perform(post("/login")
                            .with(csrf())
                            .with(request -> {
                                request.setRemoteAddr(from);
                                return request;
                            })
                            .param("username", rep.email())
                            .param("password", "wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin(rep.email(), WorkspaceFixture.PASSWORD))
                .andExpect(redirectedUrlPattern("/login?blocked=*"));
        clock.advance(Duration.ofSeconds(3));
        mvc.perform(formLogin(rep.email(), WorkspaceFixture.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordKeepsTheEmailTyped() throws Exception {
        RelanceUser rep = workspaces.create("Acme").rep("Typist");
        var failed = mvc.perform(formLogin(rep.email(), "not-my-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        jakarta.servlet.http.Cookie session = failed.getResponse().getCookie("SESSION");
        mvc.perform(get("/login?error").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + rep.email() + "\"")));
        // shown once: a fresh visit starts empty again
        mvc.perform(get("/login").cookie(session))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("value=\"" + rep.email() + "\""))));
    }

    @Test
    void tenFailuresBlockTheAccountForFifteenMinutes() throws Exception {
        RelanceUser rep = workspaces.create("Acme").rep("Blocked");
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(3)); // wait out each slow-down (at most 128 s before the block)
            mvc.perform(formLogin(rep.email(), "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin(rep.email(), WorkspaceFixture.PASSWORD))
                .andExpect(redirectedUrlPattern("/login?blocked=*"));
        mvc.perform(get("/login?blocked=60"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed sign-ins")));
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin(rep.email(), WorkspaceFixture.PASSWORD)).andExpect(redirectedUrl("/"));
    }
}
