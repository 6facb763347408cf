package io.relance.followup.web.contact;

import io.relance.followup.contact.ContactPolicyManagement;
import io.relance.followup.contact.ContactPolicyView;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.RecordPanel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The "Contact rules" panel of a third party's record, first of its side column: whether contacting it now keeps
 * the rules (what breaks them is the banner under the record's header, {@link ContactRulesNow}), the rules that apply
 * to it (marked where it overrides the workspace's), for managers the form that changes its overrides, and a link to
 * each of its contacts' own rules.
 */
@Component
record ContactRulesPanel(
        ContactRulesNow now, ContactPolicyManagement policies, ContactRulesView views, ThirdPartyLookup parties)
        implements RecordPanel {

    /** A contact of the third party, whose rules have a page of their own. */
    public record ContactLink(UUID id, String name) {}

    /** What the fragment shows. */
    public record Model(
            UUID thirdPartyId,
            ContactRulesNow.Now now,
            ContactRulesView.Rules rules,
            boolean canEdit,
            List<ContactLink> contacts) {}

    @Override
    public String recordType() {
        return THIRD_PARTY;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<Contribution> contribute(RelanceUser me, UUID recordId) {
        ThirdPartyId id = new ThirdPartyId(recordId);
        Optional<ContactRulesNow.Now> current = now.of(me, recordId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        ContactPolicyView view;
        try {
            view = policies.thirdParty(me, id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return Optional.of(new Contribution(
                "followup/contact-panel",
                "panel",
                new Model(
                        recordId,
                        current.get(),
                        views.of(view, LocaleContextHolder.getLocale()),
                        me.seesAll(),
                        parties.contacts(me.workspaceId(), id).stream()
                                .map(c -> new ContactLink(c.id(), c.name()))
                                .toList())));
    }
}
