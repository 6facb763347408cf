package io.relance.object.web.pages;

import io.relance.object.SalesObjectId;
import io.relance.object.core.ObjectManagement;
import io.relance.object.web.ObjectDownloads;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An object's documents from its page: upload (the documentation PDF, a plan, a photo), download, remove. */
@Controller
@RequestMapping("/objects/{id}/documents")
class ObjectDocumentPages {

    private final ObjectManagement objects;
    private final PageTexts texts;

    ObjectDocumentPages(ObjectManagement objects, PageTexts texts) {
        this.objects = objects;
        this.texts = texts;
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "validation.required");
            }
            objects.attach(me, object(id), file.getOriginalFilename(), file.getBytes());
            Flash.success("object.document.added", file.getOriginalFilename()).addTo(redirect);
        } catch (InvalidInputException e) {
            Flash.error(texts.text(e.problems().get(0))).addTo(redirect);
        }
        return "redirect:/objects/" + id + "#documents";
    }

    @GetMapping("/{fileId}")
    ResponseEntity<InputStreamResource> download(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String fileId) {
        var file = objects.document(me.workspaceId(), object(id), Ids.parse(fileId));
        return ObjectDownloads.of(file, objects.open(me.workspaceId(), file));
    }

    @PostMapping("/{fileId}/remove")
    String remove(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String fileId) {
        objects.removeDocument(me, object(id), Ids.parse(fileId));
        return "redirect:/objects/" + id + "#documents";
    }

    private static SalesObjectId object(String id) {
        return new SalesObjectId(Ids.parse(id));
    }
}
