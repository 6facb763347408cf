package io.relance.pipeline.web;

import io.relance.pipeline.deal.DealFilter;
import io.relance.pipeline.deal.DealRow;
import io.relance.pipeline.deal.DealSearch;
import io.relance.pipeline.phase.Pipeline;
import io.relance.pipeline.phase.PipelineManagement;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.UserSummary;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The deals of a list, a board or a panel as cards, in the reader's language, with their owners' names. */
@Component
class DealCards {

    private final DealSearch search;
    private final PipelineManagement pipelines;
    private final WorkspaceManagement workspaces;
    private final Clock clock;

    DealCards(DealSearch search, PipelineManagement pipelines, WorkspaceManagement workspaces, Clock clock) {
        this.search = search;
        this.pipelines = pipelines;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    ListPage<DealCard> page(RelanceUser me, DealFilter filter, PageRequest page) {
        Map<String, Pipeline> byKey =
                pipelines.all(me.workspaceId()).stream().collect(Collectors.toMap(Pipeline::key, p -> p));
        Map<UUID, String> names = members(me);
        var now = clock.instant();
        ListPage<DealRow> rows = search.list(me, filter, page);
        return rows.map(r -> DealCard.of(
                r.deal(),
                r.thirdPartyName(),
                byKey.get(r.deal().pipeline()),
                names.get(r.deal().ownerId().value()),
                org.springframework.context.i18n.LocaleContextHolder.getLocale(),
                now));
    }

    Map<UUID, String> members(RelanceUser me) {
        return workspaces.members(me.workspaceId()).stream()
                .collect(Collectors.toMap(u -> u.id().value(), UserSummary::displayName, (a, b) -> a));
    }
}
