package io.relance.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.shared.RelanceUser;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;

/** {@code relance.files.max-size} is enforced: a larger file is a field error and leaves nothing behind. */
@TestPropertySource(properties = "relance.files.max-size=1KB")
class ThirdPartyUploadLimitIntegrationTests extends PageTest {

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsWritten() throws Exception {
        RelanceUser rep = workspaces.rep();
        String t = thirdParties.of(rep).named("Files").createInApi();
        byte[] exactly = new byte[1024];
        Arrays.fill(exactly, (byte) 'a');
        byte[] over = new byte[1025];
        Arrays.fill(over, (byte) 'a');
        mvc.perform(multipart(t + "/files")
                        .file(new MockMultipartFile("file", "big.txt", "text/plain", over))
                        .with(user(rep)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(get(t + "/files").with(user(rep))).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get(t + "/history?kind=files").with(user(rep))).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(multipart(t + "/files")
                        .file(new MockMultipartFile("file", "fits.txt", "text/plain", exactly))
                        .with(user(rep)))
                .andExpect(status().isCreated());
        mvc.perform(get(t + "/files").with(user(rep))).andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    void onTheRecordPageAFileOverTheLimitIsSaidInTheFilesPanel() throws Exception {
        RelanceUser rep = workspaces.rep();
        String id = thirdParties.of(rep).named("Files").createId();
        byte[] over = new byte[1025];
        Arrays.fill(over, (byte) 'a');
        MockMultipartFile big = new MockMultipartFile("file", "big.txt", "text/plain", over);
        assertThat(body(as(rep, htmx(multipart("/thirdparties/" + id + "/files").file(big)))
                        .andExpect(status().isOk())
                        .andExpect(header().doesNotExist("HX-Trigger"))))
                .startsWith("<div class=\"panel\" id=\"files\"")
                .contains("id=\"file-error\"", "The file is larger than");
        mvc.perform(get("/api/v1/thirdparties/" + id + "/files").with(user(rep)))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }
}
