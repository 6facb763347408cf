package io.relance.followup.contact;

import io.relance.followup.ContactChannel;
import io.relance.followup.ContactRules;
import io.relance.party.ContactWarnings;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The contact rules' warnings as someone logs an outbound contact on a third party's record: every rule the contact
 * breaks at the time it happened (refusals and holds alike, preferences too), each saying when it would have been
 * allowed. A warning only: the contact is recorded.
 */
@Component
class LoggedContactWarnings implements ContactWarnings {

    private final ContactRules rules;

    LoggedContactWarnings(ContactRules rules) {
        this.rules = rules;
    }

    @Override
    public List<Warning> beforeLogging(RelanceUser me, ThirdPartyId thirdParty, String channel, Instant at) {
        return ContactChannel.parse(channel)
                .map(c -> rules.check(me, thirdParty, null, c, at).reasons().stream()
                        .map(r -> new Warning(r.rule().name(), r.message()))
                        .toList())
                .orElse(List.of());
    }
}
