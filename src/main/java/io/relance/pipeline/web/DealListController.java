package io.relance.pipeline.web;

import io.relance.pipeline.deal.DealFilter;
import io.relance.pipeline.phase.PipelineManagement;
import io.relance.shared.InvalidInputException;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.PageTexts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deal list ({@code /deals}): the deals the user may see, filtered by pipeline, phase, object, owner and age in
 * phase (the API's filters), newest first, "load more" by cursor; stale deals marked.
 */
@Controller
class DealListController {

    static final String VIEW = "pipeline/list";

    private final DealCards cards;
    private final PipelineManagement pipelines;
    private final io.relance.workspace.WorkspaceManagement workspaces;
    private final PageTexts texts;

    DealListController(
            DealCards cards,
            PipelineManagement pipelines,
            io.relance.workspace.WorkspaceManagement workspaces,
            PageTexts texts) {
        this.cards = cards;
        this.pipelines = pipelines;
        this.workspaces = workspaces;
        this.texts = texts;
    }

    @GetMapping("/deals")
    String list(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params, Model model) {
        model.addAttribute("pipelines", pipelines.all(me.workspaceId()));
        model.addAttribute("members", workspaces.members(me.workspaceId()));
        model.addAttribute("params", params.toSingleValueMap());
        try {
            PageRequest page = PageRequest.parse(params.getFirst("limit"), params.getFirst("cursor"));
            model.addAttribute("page", cards.page(me, DealFilter.read(me, params), page));
            model.addAttribute("errors", java.util.Map.of());
        } catch (InvalidInputException e) {
            model.addAttribute("page", new io.relance.shared.ListPage<DealCard>(java.util.List.of(), null));
            model.addAttribute("errors", texts.errors(e));
        }
        return VIEW;
    }
}
