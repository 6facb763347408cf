package io.relance.object.profile;

import io.relance.party.ThirdPartiesMerged;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartyPurged;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of search profiles. A profile belongs to a third party: whoever may see the third party (its owner,
 * a rep it is lent to, managers and admins) reads and changes its profiles; to anyone else they do not exist (404).
 */
@Service
public class SearchProfileManagement {

    private final SearchProfileTable profiles;
    private final ThirdPartyLookup thirdParties;
    private final Clock clock;

    SearchProfileManagement(SearchProfileTable profiles, ThirdPartyLookup thirdParties, Clock clock) {
        this.profiles = profiles;
        this.thirdParties = thirdParties;
        this.clock = clock;
    }

    /** A profile whose third party the user may see; 404 otherwise. */
    public SearchProfile get(RelanceUser me, UUID id) {
        SearchProfile p = profiles.find(me.workspaceId(), id).orElseThrow(NotFoundException::new);
        thirdParties.find(me, p.thirdPartyId()).orElseThrow(NotFoundException::new);
        return p;
    }

    /** The profiles of a third party the user may see; 404 otherwise. */
    public List<SearchProfile> ofThirdParty(RelanceUser me, ThirdPartyId thirdParty) {
        thirdParties.find(me, thirdParty).orElseThrow(NotFoundException::new);
        return profiles.ofThirdParty(me.workspaceId(), thirdParty);
    }

    @Transactional
    public SearchProfile create(RelanceUser me, SearchProfileChanges c) {
        List<FieldProblem> problems = new ArrayList<>(c.problems());
        Optional<ThirdPartySummary> thirdParty = Optional.empty();
        if (c.thirdPartyId().isEmpty()) {
            if (!c.refused("thirdpartyId")) {
                problems.add(new FieldProblem("thirdpartyId", "validation.required"));
            }
        } else {
            thirdParty = thirdParties.find(me, new ThirdPartyId(c.thirdPartyId().get()));
            if (thirdParty.isEmpty()) {
                problems.add(new FieldProblem("thirdpartyId", "object.profile.thirdPartyUnknown"));
            }
        }
        Instant now = clock.instant();
        SearchProfile empty = new SearchProfile(
                Ids.newId(),
                thirdParty.map(ThirdPartySummary::id).orElse(null),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                me.userId().value(),
                now,
                now,
                0);
        SearchProfile p = empty.with(c, now);
        check(me, p, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        profiles.insert(me.workspaceId(), p);
        return p;
    }

    @Transactional
    public SearchProfile update(RelanceUser me, UUID id, SearchProfileChanges c) {
        SearchProfile current = get(me, id);
        List<FieldProblem> problems = new ArrayList<>(c.problems());
        if (c.version() == null && !c.refused("version")) {
            problems.add(new FieldProblem("version", "validation.version"));
        }
        if (c.thirdPartyId().isPresent()
                && !c.thirdPartyId().get().equals(current.thirdPartyId().value())) {
            problems.add(new FieldProblem("thirdpartyId", "object.profile.thirdPartyFixed"));
        }
        SearchProfile changed = current.with(c, clock.instant());
        check(me, changed, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (current.version() != c.version()) {
            throw new StaleVersionException();
        }
        profiles.update(me.workspaceId(), changed, c.version());
        return get(me, id);
    }

    @Transactional
    public void delete(RelanceUser me, UUID id) {
        get(me, id);
        profiles.delete(me.workspaceId(), id);
    }

    /** A merge moves the duplicate's profiles to the survivor, in the merge's transaction. */
    @EventListener
    void on(ThirdPartiesMerged merged) {
        profiles.moveThirdParty(merged.workspaceId(), merged.duplicate(), merged.survivor());
    }

    /** A purge erases the third party's profiles, in the purge's transaction. */
    @EventListener
    void on(ThirdPartyPurged purged) {
        for (UUID id : profiles.idsOfThirdParty(purged.workspaceId(), purged.id())) {
            profiles.delete(purged.workspaceId(), id);
        }
    }

    /** The rules across fields: the contact is one of the third party's, the ranges are in order. */
    private void check(RelanceUser me, SearchProfile p, List<FieldProblem> problems) {
        WorkspaceId ws = me.workspaceId();
        if (p.contactId() != null
                && p.thirdPartyId() != null
                && thirdParties.contact(ws, p.thirdPartyId(), p.contactId()).isEmpty()) {
            problems.add(new FieldProblem("contactId", "object.profile.contactUnknown"));
        }
        if (p.priceMin() != null && p.priceMax() != null && p.priceMin().compareTo(p.priceMax()) > 0) {
            problems.add(new FieldProblem("priceMax", "object.profile.priceRange"));
        }
        if (p.places().stream()
                .anyMatch(place ->
                        io.relance.object.core.SalesObject.placeKey(place).isEmpty())) {
            problems.add(new FieldProblem("places", "validation.required"));
        }
    }
}
