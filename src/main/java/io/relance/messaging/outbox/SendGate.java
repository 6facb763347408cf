package io.relance.messaging.outbox;

import io.relance.history.Target;
import io.relance.messaging.SendVerdict;
import io.relance.messaging.SendingRules;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Asks the contact rules ({@link SendingRules}, when a module provides them) about an e-mail a user sends to a
 * third party: the record it is about, or one it is linked to. An e-mail about no third party, or that Relance sends
 * on its own (no sender), always goes.
 */
@Component
public class SendGate {

    private final List<SendingRules> rules;

    SendGate(List<SendingRules> rules) {
        this.rules = rules;
    }

    public SendVerdict judge(WorkspaceId ws, UserId sender, Target target, List<Target> links, Instant at) {
        Optional<UUID> party = thirdParty(target, links);
        if (sender == null || party.isEmpty() || rules.isEmpty()) {
            return SendVerdict.send();
        }
        return rules.get(0).judge(ws, party.get(), sender, "EMAIL", false, at);
    }

    public SendVerdict judge(OutboxMessage m, Instant at) {
        return judge(m.workspace(), m.senderId() == null ? null : new UserId(m.senderId()), m.target(), m.links(), at);
    }

    static Optional<UUID> thirdParty(Target target, List<Target> links) {
        if (target != null && Target.THIRD_PARTY.equals(target.type())) {
            return Optional.of(target.id());
        }
        return links.stream()
                .filter(t -> Target.THIRD_PARTY.equals(t.type()))
                .map(Target::id)
                .findFirst();
    }
}
