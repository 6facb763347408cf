package io.relance.followup.lost.web;

import io.relance.followup.lost.LostReasonManagement;
import io.relance.followup.lost.LostReasonManagement.ReasonChange;
import io.relance.followup.lost.LostReasonManagement.ReasonList;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/lost-reasons}: the reasons a workspace offers for closing as lost, and the competitors named. */
@RestController
@RequestMapping("/api/v1/lost-reasons")
@Tag(name = "Negotiations and losses")
record LostReasonsApiController(LostReasonManagement reasons) {

    /** The whole list, in order, and the version read. */
    record ReasonsBody(List<ReasonChange> reasons, Long version) {}

    @GetMapping
    @Operation(
            summary = "The lost reasons in order (key, label in the caller's language, builtIn, active, needs:"
                    + " NOTHING, COMPETITOR or COMMENT) and the list's version")
    ReasonList list(@AuthenticationPrincipal RelanceUser me) {
        return reasons.list(me.workspaceId(), me.locale());
    }

    @PutMapping
    @Operation(
            summary = "Replace the list (admins): every built-in reason stays (active or not, OTHER always active),"
                    + " an admin's own reason has a key (A-Z, 0-9, _) and a label; a reason some loss used stays; a"
                    + " stale version is a 409")
    ReasonList change(@AuthenticationPrincipal RelanceUser me, @RequestBody ReasonsBody body) {
        if (body == null) {
            throw new InvalidInputException("reasons", "validation.required");
        }
        return reasons.change(me, body.reasons(), body.version(), me.locale());
    }

    @GetMapping("/competitors")
    @Operation(summary = "The competitors' names losses were recorded with, the most frequent first")
    ListPage<String> competitors(@AuthenticationPrincipal RelanceUser me) {
        return new ListPage<>(reasons.competitors(me.workspaceId()), null);
    }
}
