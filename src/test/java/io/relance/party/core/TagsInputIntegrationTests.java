package io.relance.party.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.party.PageTest;
import io.relance.shared.RelanceUser;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Tags through the API: a JSON list and nothing else (a string is not split into one), the size refused before any
 * work, duplicates (case and accents aside) kept once; a merged record's old codes answer as a list.
 */
class TagsInputIntegrationTests extends PageTest {

    @Test
    void aStringWhereAListOfTagsIsExpectedIsRefused() throws Exception {
        RelanceUser rep = workspaces.rep();
        sendRefused(rep, post("/api/v1/thirdparties"), "{\"name\":\"Dupont\",\"tags\":\"vip,roof\"}", "tags");
    }

    @Test
    void manyTagsAreRefusedAtOnceAndDuplicatesKeptOnce() throws Exception {
        RelanceUser rep = workspaces.rep();
        String many = IntStream.range(0, 400).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(","));
        long start = System.nanoTime();
        sendRefused(rep, post("/api/v1/thirdparties"), "{\"name\":\"Dupont\",\"tags\":[" + many + "]}", "tags");
        assertThat(System.nanoTime() - start).as("refused before any work").isLessThan(2_000_000_000L);
        send(rep, post("/api/v1/thirdparties"), "{\"name\":\"Durand\",\"tags\":[\"Été\",\"ete\",\"VIP\",\"vip\"]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tags.length()").value(2))
                .andExpect(jsonPath("$.codeAliases").isArray());
    }
}
