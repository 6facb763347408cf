package io.relance.party.search;

import io.relance.party.core.Tags;
import io.relance.party.core.ThirdParties;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyRecords;
import io.relance.party.customfield.CustomField;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The third-party list: a page of what matches a filter, and how many match, as far as the user may see.
 */
@Service
public class ThirdPartySearch {

    private final ThirdParties thirdParties;
    private final Tags tags;
    private final WorkspaceManagement workspaces;
    private final Clock clock;
    private final ThirdPartyRecords records;

    ThirdPartySearch(
            ThirdParties thirdParties,
            Tags tags,
            WorkspaceManagement workspaces,
            Clock clock,
            ThirdPartyRecords records) {
        this.thirdParties = thirdParties;
        this.tags = tags;
        this.workspaces = workspaces;
        this.clock = clock;
        this.records = records;
    }

    public ListPage<ThirdPartyDetails> list(RelanceUser me, ThirdPartyFilter filter, PageRequest page) {
        Map<String, CustomField> fields = records.fieldsByKey(me.workspaceId());
        ThirdPartyQuery.Sql sql = ThirdPartyQuery.page(criteria(me, filter, fields), page.cursor(), page.limit());
        ListPage<ThirdParties.Row> paged = ListPage.of(
                thirdParties.query(sql.text(), sql.params()),
                page.limit(),
                r -> ThirdPartyQuery.cursorOf(r.thirdParty(), r.sortValue()));
        List<ThirdParty> items =
                paged.items().stream().map(ThirdParties.Row::thirdParty).toList();
        return new ListPage<>(records.details(me.workspaceId(), items, fields), paged.nextCursor());
    }

    public ListCount count(RelanceUser me, ThirdPartyFilter filter) {
        ThirdPartyQuery.Sql countSql =
                ThirdPartyQuery.count(criteria(me, filter, records.fieldsByKey(me.workspaceId())));
        long value = thirdParties.count(countSql.text(), countSql.params());
        return value > ThirdPartyQuery.COUNT_CAP
                ? new ListCount(ThirdPartyQuery.COUNT_CAP, true)
                : new ListCount(value, false);
    }

    /** The list the user asks for, now, in his workspace. */
    private ThirdPartyQuery.Criteria criteria(
            RelanceUser me, ThirdPartyFilter filter, Map<String, CustomField> fields) {
        var viewer = new ThirdPartyQuery.Viewer(me.userId().value(), me.seesAll(), me.isAdmin());
        Workspace ws = workspaces.workspace(me.workspaceId());
        return new ThirdPartyQuery.Criteria(
                me.workspaceId(), viewer, clock.instant(), filter, tags.ids(me.workspaceId()), fields, ws.country());
    }
}
