package io.relance.party.search;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.relance.party.PageTest;
import io.relance.shared.RelanceUser;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A segment's filter is checked when it is saved: none or an empty one saves "everything", a bad one is a field error. */
class SegmentInputIntegrationTests extends PageTest {

    @Test
    void aSegmentWithoutFilterOrWithAnEmptyOneSavesAndOpens() throws Exception {
        RelanceUser rep = workspaces.rep();
        for (String body : new String[] {"{\"name\":\"All\"}", "{\"name\":\"All too\",\"filter\":{}}"}) {
            String saved = body(send(rep, post("/api/v1/segments"), body).andExpect(status().isCreated()));
            String id = JsonPath.read(saved, "$.id");
            mvc.perform(get("/api/v1/thirdparties?segment=" + id).with(user(rep)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aBadFilterIsAFieldErrorWhenSavedNotWhenUsed() throws Exception {
        RelanceUser rep = workspaces.rep();
        sendRefused(rep, post("/api/v1/segments"), "{\"name\":\"Bad\",\"filter\":{\"status\":\"ASLEEP\"}}", "status");
        String tags = IntStream.range(0, 500).mapToObj(i -> "\"tag-" + i + "\"").collect(Collectors.joining(","));
        send(rep, post("/api/v1/segments"), "{\"name\":\"Many\",\"filter\":{\"tag\":[" + tags + "]}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").exists());
    }
}
