package io.relance.followup.contact;

import io.relance.followup.ContactChannel;
import io.relance.followup.ContactCheck;
import io.relance.followup.ContactRule;
import io.relance.followup.ContactRules;
import io.relance.messaging.SendVerdict;
import io.relance.messaging.SendingRules;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The contact rules at messaging's door: a send a rule refuses (do not contact, exclusivity, a marketing send to
 * who opted out) is refused; one a hold forbids now (days between contacts, per 30 days, quiet hours) waits until
 * every hold allows it; preferences never stop a send. Reasons in the sender's language. On unless
 * {@code relance.contact-rules.hold-sends=false} (the other modules' tests, which send at any hour).
 */
@Component
@ConditionalOnProperty(name = "relance.contact-rules.hold-sends", havingValue = "true", matchIfMissing = true)
class ContactSendingRules implements SendingRules {

    /** When no instant within a few weeks would do, the send is looked at again a day later. */
    static final Duration RETRY = Duration.ofDays(1);

    private final ContactRules rules;
    private final WorkspaceManagement workspaces;

    ContactSendingRules(ContactRules rules, WorkspaceManagement workspaces) {
        this.rules = rules;
        this.workspaces = workspaces;
    }

    @Override
    public SendVerdict judge(
            WorkspaceId ws, UUID thirdParty, UserId sender, String channel, boolean marketing, Instant at) {
        ContactChannel ch = ContactChannel.parse(channel).orElse(ContactChannel.EMAIL);
        Locale locale = Optional.ofNullable(sender)
                .flatMap(s -> workspaces.reload(ws, s))
                .map(RelanceUser::locale)
                .orElseGet(() -> workspaces.workspace(ws).locale());
        Optional<ContactCheck> found =
                rules.check(ws, new ThirdPartyId(thirdParty), null, ch, marketing, sender, at, locale);
        if (found.isEmpty()) {
            return SendVerdict.send();
        }
        ContactCheck check = found.get();
        if (check.refused()) {
            return SendVerdict.refuse(texts(check.reasons(), ContactRule.Effect.REFUSAL));
        }
        if (!check.allowed()) {
            Instant until = check.allowedFrom() != null ? check.allowedFrom() : at.plus(RETRY);
            return SendVerdict.hold(until, texts(check.reasons(), ContactRule.Effect.HOLD));
        }
        return SendVerdict.send();
    }

    private static String texts(List<ContactCheck.Reason> reasons, ContactRule.Effect effect) {
        return reasons.stream()
                .filter(r -> r.effect() == effect)
                .map(ContactCheck.Reason::message)
                .collect(Collectors.joining(" "));
    }
}
