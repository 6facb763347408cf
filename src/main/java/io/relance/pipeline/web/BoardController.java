package io.relance.pipeline.web;

import io.relance.pipeline.deal.DealFilter;
import io.relance.pipeline.deal.DealSearch;
import io.relance.pipeline.deal.DealSearch.PhaseFigures;
import io.relance.pipeline.phase.Phase;
import io.relance.pipeline.phase.Pipeline;
import io.relance.pipeline.phase.PipelineManagement;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The board of a pipeline ({@code /deals/board?pipeline=sale}): a column per phase not retired, with how many deals
 * the user may see are in it and their amounts' sum, and their cards (the most recent first, at most
 * {@value #CARDS} in all: the list shows the rest). A card moves by drag and drop (deal-board.js submits its move form)
 * or, without script, by its own small form.
 */
@Controller
class BoardController {

    static final String VIEW = "pipeline/board";

    static final int CARDS = 500;

    /** A column: the phase, its figures, its cards. */
    public record Column(Phase phase, long count, BigDecimal sum, List<DealCard> cards) {}

    private final PipelineManagement pipelines;
    private final DealSearch search;
    private final DealCards cards;
    private final WorkspaceManagement workspaces;

    BoardController(PipelineManagement pipelines, DealSearch search, DealCards cards, WorkspaceManagement workspaces) {
        this.pipelines = pipelines;
        this.search = search;
        this.cards = cards;
        this.workspaces = workspaces;
    }

    @GetMapping("/deals/board")
    String board(
            @AuthenticationPrincipal RelanceUser me, @RequestParam(required = false) String pipeline, Model model) {
        List<Pipeline> all = pipelines.all(me.workspaceId());
        Pipeline shown =
                all.stream().filter(p -> p.key().equals(pipeline)).findFirst().orElse(all.get(0));
        DealFilter filter = DealFilter.of(shown.key());
        Map<String, PhaseFigures> figures = search.figures(me, filter);
        List<DealCard> shownCards =
                cards.page(me, filter, PageRequest.of(CARDS, null)).items();
        List<Column> columns = shown.activePhases().stream()
                .map(p -> {
                    PhaseFigures f = figures.getOrDefault(p.key(), new PhaseFigures(0, BigDecimal.ZERO));
                    return new Column(
                            p,
                            f.count(),
                            f.sum(),
                            shownCards.stream()
                                    .filter(c -> c.phase().equals(p.key()))
                                    .toList());
                })
                .toList();
        model.addAttribute("pipelines", all);
        model.addAttribute("pipeline", shown);
        model.addAttribute("columns", columns);
        model.addAttribute("currency", workspaces.workspace(me.workspaceId()).currency());
        return VIEW;
    }
}
