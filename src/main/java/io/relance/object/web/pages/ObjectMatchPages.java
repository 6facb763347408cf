package io.relance.object.web.pages;

import io.relance.object.SalesObjectId;
import io.relance.object.matching.WriteToMatches;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Write to matches" from the object's page: the ticked buyers are written to; the page says how many went. */
@Controller
class ObjectMatchPages {

    private final WriteToMatches writing;
    private final PageTexts texts;

    ObjectMatchPages(WriteToMatches writing, PageTexts texts) {
        this.writing = writing;
        this.texts = texts;
    }

    @PostMapping("/objects/{id}/write-to-matches")
    String write(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(name = "searchProfileIds", required = false) List<String> profileIds,
            RedirectAttributes redirect) {
        try {
            List<UUID> ids = profileIds == null
                    ? List.of()
                    : profileIds.stream().map(Ids::parse).toList();
            var sent = writing.write(me, new SalesObjectId(Ids.parse(id)), ids, null);
            long written = sent.stream()
                    .filter(s ->
                            s.outcome() == WriteToMatches.Outcome.QUEUED || s.outcome() == WriteToMatches.Outcome.HELD)
                    .count();
            Flash.success("object.write.done", written, sent.size() - written).addTo(redirect);
        } catch (InvalidInputException e) {
            Flash.error(texts.text(e.problems().get(0))).addTo(redirect);
        }
        return "redirect:/objects/" + id + "#matches";
    }
}
