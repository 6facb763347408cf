package io.relance.party.web.record;

import static io.relance.party.web.PartyPages.id;
import static io.relance.party.web.PartyPages.page;

import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdPartyTimeline;
import io.relance.party.web.Downloads;
import io.relance.party.web.PartyPages;
import io.relance.party.web.RecordPanels;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.HtmxAnswer;
import java.io.IOException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The files panel of a record page: attach, download, remove. */
@Controller
@RequestMapping("/thirdparties/{id}/files")
class FileController {

    static final String VIEW_FILES = "party/record-side :: files";

    private final ThirdPartyTimeline thirdPartyTimeline;
    private final PartyPages pages;

    FileController(PartyPages pages, ThirdPartyTimeline thirdPartyTimeline) {
        this.thirdPartyTimeline = thirdPartyTimeline;
        this.pages = pages;
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam("file") MultipartFile file,
            HtmxAnswer answer)
            throws IOException {
        ThirdPartyId tpId = id(id);
        try {
            thirdPartyTimeline.attach(me, tpId, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidInputException e) {
            return answer.answer(page(id), Flash.error(pages.sentence(e)), () -> {
                answer.with("fileError", pages.sentence(e));
                return panel(me, tpId, answer);
            });
        }
        return done(me, tpId, "thirdparty.file.added", answer);
    }

    @GetMapping("/{fileId}")
    ResponseEntity<InputStreamResource> download(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String fileId) {
        return Downloads.of(thirdPartyTimeline, me, id(id), fileId);
    }

    @PostMapping("/{fileId}/delete")
    String remove(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String fileId,
            HtmxAnswer answer) {
        ThirdPartyId tpId = id(id);
        thirdPartyTimeline.removeFile(me, tpId, Ids.parse(fileId));
        return done(me, tpId, "thirdparty.file.removed", answer);
    }

    private String done(RelanceUser me, ThirdPartyId tpId, String notice, HtmxAnswer answer) {
        return RecordPanels.saved(answer, tpId, "filesNotice", notice, () -> panel(me, tpId, answer));
    }

    private String panel(RelanceUser me, ThirdPartyId tpId, HtmxAnswer answer) {
        answer.with("files", thirdPartyTimeline.files(me, tpId)).with("recordId", tpId.value());
        return VIEW_FILES;
    }
}
