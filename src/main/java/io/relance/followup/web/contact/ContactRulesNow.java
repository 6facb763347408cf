package io.relance.followup.web.contact;

import io.relance.followup.ContactChannel;
import io.relance.followup.ContactCheck;
import io.relance.followup.ContactRule;
import io.relance.followup.ContactRules;
import io.relance.followup.contact.ContactTexts;
import io.relance.party.ThirdPartyId;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.RecordPanel;
import io.relance.workspace.WorkspaceManagement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Whether calling a third party now keeps its contact rules, asked once per request for the record's banner (under
 * its header: the first thing a rep reads, on a phone too) and its Contact rules panel. The banner is contributed to
 * the record's alerts ({@link RecordPanel#THIRD_PARTY_ALERT}) when a rule is broken: which, and from when a contact
 * would be allowed.
 */
@Component
record ContactRulesNow(ContactRules rules, WorkspaceManagement workspaces) implements RecordPanel {

    /** The rules broken now (a warning or a hold), the preferences not met, and when all would allow a contact. */
    public record Now(List<ContactCheck.Reason> blocking, List<ContactCheck.Reason> preferences, String allowedFrom) {

        public boolean breaks() {
            return !blocking.isEmpty();
        }
    }

    private static final String ATTRIBUTE = ContactRulesNow.class.getName() + ".";

    @Override
    public String recordType() {
        return THIRD_PARTY_ALERT;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<Contribution> contribute(RelanceUser me, UUID recordId) {
        return of(me, recordId)
                .filter(Now::breaks)
                .map(now -> new Contribution("followup/contact-panel", "banner", now));
    }

    /** Now for this third party; empty when the user may not see it. */
    Optional<Now> of(RelanceUser me, UUID thirdParty) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = ATTRIBUTE + thirdParty;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Now now) {
            return Optional.of(now);
        }
        ContactCheck check;
        try {
            check = rules.check(me, new ThirdPartyId(thirdParty), null, ContactChannel.CALL, null);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        Now now = new Now(
                check.reasons().stream()
                        .filter(r -> r.effect() != ContactRule.Effect.PREFERENCE)
                        .toList(),
                check.reasons().stream()
                        .filter(r -> r.effect() == ContactRule.Effect.PREFERENCE)
                        .toList(),
                !check.allowed() && check.allowedFrom() != null
                        ? ContactTexts.at(
                                check.allowedFrom(),
                                workspaces.workspace(me.workspaceId()).zone(),
                                LocaleContextHolder.getLocale())
                        : null);
        if (request != null) {
            request.setAttribute(key, now, RequestAttributes.SCOPE_REQUEST);
        }
        return Optional.of(now);
    }
}
