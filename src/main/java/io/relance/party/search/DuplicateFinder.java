package io.relance.party.search;

import io.relance.party.core.ThirdParties;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyChanges;
import io.relance.party.core.ThirdPartyRecords;
import io.relance.shared.Phones;
import io.relance.shared.RelanceUser;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.UserSummary;
import io.relance.workspace.WorkspaceManagement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Possible duplicates of a third party being typed.
 */
@Service
public class DuplicateFinder {

    /** How many possible duplicates are shown at most. */
    public static final int MAX_DUPLICATES = 5;

    private static final Set<String> ISO_COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    private final ThirdParties thirdParties;
    private final WorkspaceManagement workspaces;
    private final ThirdPartyRecords records;

    DuplicateFinder(ThirdParties thirdParties, WorkspaceManagement workspaces, ThirdPartyRecords records) {
        this.thirdParties = thirdParties;
        this.workspaces = workspaces;
        this.records = records;
    }

    /**
     * Existing third parties (not deleted, of the user's workspace) that may be the one being typed: the same
     * e-mail, the same phone number in any format (as a phone or a mobile), or a name that matches once folded
     * (see {@link DuplicateNames}); the strongest hints first, at most {@link #MAX_DUPLICATES}. Every lookup is an
     * index lookup. Duplicates are looked for among every owner's records, so that a sales rep is warned before
     * creating one, but one he may not see is {@linkplain PossibleDuplicate#hidden() hidden}: he learns only that
     * it exists and why it matched.
     */
    public List<PossibleDuplicate> possibleDuplicates(RelanceUser me, DuplicateCheck check) {
        WorkspaceId ws = me.workspaceId();
        UUID exclude = check.excludeId() == null ? null : check.excludeId().value();
        Map<UUID, DuplicateHints> found = new LinkedHashMap<>();
        String email = Text.clean(check.email());
        if (email != null && email.length() <= 254) {
            String lower = email.toLowerCase(java.util.Locale.ROOT);
            if (ThirdPartyChanges.EMAIL.matcher(lower).matches()) {
                thirdParties
                        .withEmail(ws, lower, exclude, MAX_DUPLICATES)
                        .forEach(t -> hint(found, t, DuplicateReason.EMAIL, 4));
            }
        }
        String country = Text.clean(check.country());
        String region = country != null && ISO_COUNTRIES.contains(country.toUpperCase(java.util.Locale.ROOT))
                ? country.toUpperCase(java.util.Locale.ROOT)
                : workspaces.workspace(ws).country();
        List<String> phones = check.phones().stream()
                .filter(p -> p.length() <= 40)
                .map(p -> Phones.e164(p, region))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        if (!phones.isEmpty()) {
            thirdParties
                    .withPhone(ws, phones, exclude, MAX_DUPLICATES)
                    .forEach(t -> hint(found, t, DuplicateReason.PHONE, 4));
        }
        DuplicateNames.Lookup names = DuplicateNames.of(check.name());
        if (!names.equalTo().isEmpty()) {
            thirdParties
                    .withNameKey(ws, names.equalTo(), exclude, MAX_DUPLICATES)
                    .forEach(t ->
                            hint(found, t, DuplicateReason.NAME, names.same(ThirdParties.nameKey(t.name())) ? 2 : 1));
        }
        for (String words : names.startingWith()) {
            thirdParties
                    .withNameKeyStartingWith(ws, words, exclude, MAX_DUPLICATES)
                    .forEach(t -> hint(found, t, DuplicateReason.NAME, 1));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UserId, UserSummary> members = records.members(ws);
        return found.values().stream()
                .sorted(java.util.Comparator.comparingInt(DuplicateHints::score)
                        .reversed()
                        .thenComparing(h -> ThirdParties.sortName(h.thirdParty.name())))
                .limit(MAX_DUPLICATES)
                .map(h -> records.canSee(me, h.thirdParty)
                        ? new PossibleDuplicate(
                                h.thirdParty.id(),
                                h.thirdParty.code(),
                                h.thirdParty.name(),
                                members.get(h.thirdParty.ownerId()),
                                h.reasons())
                        : PossibleDuplicate.hidden(h.reasons()))
                .toList();
    }

    /** What points to one possible duplicate: each reason with its strength (the strongest kept). */
    private record DuplicateHints(ThirdParty thirdParty, Map<DuplicateReason, Integer> strength) {

        int score() {
            return strength.values().stream().mapToInt(Integer::intValue).sum();
        }

        List<DuplicateReason> reasons() {
            return strength.keySet().stream().sorted().toList();
        }
    }

    private static void hint(Map<UUID, DuplicateHints> found, ThirdParty tp, DuplicateReason reason, int strength) {
        found.computeIfAbsent(
                        tp.id().value(), id -> new DuplicateHints(tp, new java.util.EnumMap<>(DuplicateReason.class)))
                .strength()
                .merge(reason, strength, Math::max);
    }
}
