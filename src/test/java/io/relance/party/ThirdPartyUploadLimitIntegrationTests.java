package io.relance.party;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.relance.IntegrationTest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceFixture;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** {@code relance.files.max-size} is enforced: a larger file is a field error and leaves nothing behind. */
@IntegrationTest
@TestPropertySource(properties = "relance.files.max-size=1KB")
class ThirdPartyUploadLimitIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkspaceFixture workspaces;

    @Autowired
    ThirdPartyFixture thirdParties;

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
        mvc.perform(multipart("/thirdparties/" + id + "/files")
                        .file(new MockMultipartFile("file", "big.txt", "text/plain", over))
                        .header("HX-Request", "true")
                        .with(user(rep))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Trigger"))
                .andExpect(content().string(startsWith("<div class=\"panel\" id=\"files\"")))
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("The file is larger than")));
        mvc.perform(get("/api/v1/thirdparties/" + id + "/files").with(user(rep)))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }
}
