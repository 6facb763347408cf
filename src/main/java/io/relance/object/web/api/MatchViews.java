package io.relance.object.web.api;

import io.relance.object.SalesObjectStatus;
import io.relance.object.SalesObjectSummary;
import io.relance.object.SalesObjectType;
import io.relance.object.matching.Match;
import io.relance.party.ThirdPartySummary;
import java.math.BigDecimal;
import java.util.UUID;

/** How the API shows a match, from either side. */
final class MatchViews {

    private MatchViews() {}

    /** A profile matching an object: whose it is, its score, whether the object was already offered to him. */
    record ProfileMatch(
            UUID searchProfileId,
            UUID thirdpartyId,
            String thirdpartyName,
            String thirdpartyCode,
            UUID contactId,
            int score,
            boolean alreadyOffered) {

        static ProfileMatch of(Match m, ThirdPartySummary t) {
            return new ProfileMatch(
                    m.profileId(),
                    m.thirdPartyId(),
                    t == null ? null : t.name(),
                    t == null ? null : t.code(),
                    m.contactId(),
                    m.score(),
                    m.alreadyOffered());
        }
    }

    /** An object matching a profile: the object, its score, whether it was already offered to the profile's third party. */
    record ObjectMatch(
            UUID objectId,
            String reference,
            String title,
            SalesObjectType type,
            SalesObjectStatus status,
            BigDecimal price,
            String currency,
            int score,
            boolean alreadyOffered) {

        static ObjectMatch of(Match m, SalesObjectSummary o) {
            return new ObjectMatch(
                    m.objectId(),
                    o.reference(),
                    o.title(),
                    o.type(),
                    o.status(),
                    o.price() == null ? null : o.price().amount(),
                    o.price() == null ? null : o.price().currency().getCurrencyCode(),
                    m.score(),
                    m.alreadyOffered());
        }
    }
}
