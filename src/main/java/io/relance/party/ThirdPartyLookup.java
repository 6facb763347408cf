package io.relance.party;

import io.relance.party.core.ThirdParties;
import io.relance.party.core.ThirdParty;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Summaries of third parties for other modules: a quote's customer, a task's record. Deleted ones are left out. */
@Service
public class ThirdPartyLookup {

    private final ThirdParties thirdParties;
    private final ThirdPartyAccess access;

    ThirdPartyLookup(ThirdParties thirdParties, ThirdPartyAccess access) {
        this.thirdParties = thirdParties;
        this.access = access;
    }

    /** A third party the user may see; empty when it does not exist, is deleted, or is out of his reach. */
    public Optional<ThirdPartySummary> find(RelanceUser me, ThirdPartyId id) {
        return thirdParties
                .find(me.workspaceId(), id.value())
                .filter(t -> !t.deleted() && access.canSee(me, t.id(), t.ownerId()))
                .map(ThirdParty::summary);
    }

    /**
     * The summaries of these third parties of a workspace, in one query, whoever may see them: for a list already
     * filtered with {@link ThirdPartyAccess#predicate}.
     */
    public Map<ThirdPartyId, ThirdPartySummary> summaries(WorkspaceId ws, Collection<ThirdPartyId> ids) {
        Map<ThirdPartyId, ThirdPartySummary> found = new LinkedHashMap<>();
        thirdParties
                .findAll(ws, ids.stream().map(ThirdPartyId::value).distinct().toList())
                .stream()
                .filter(t -> !t.deleted())
                .forEach(t -> found.put(t.id(), t.summary()));
        return found;
    }
}
