package io.relance.pipeline.deal;

import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.pipeline.phase.Phase;
import io.relance.pipeline.phase.Pipeline;
import io.relance.shared.FieldProblem;
import io.relance.shared.Money;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The checks of what a person typed for a deal: each bad field a field problem (the phase, contact, owner, amount). */
@Component
class DealInputChecks {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    private final ThirdPartyLookup parties;
    private final WorkspaceManagement workspaces;

    DealInputChecks(ThirdPartyLookup parties, WorkspaceManagement workspaces) {
        this.parties = parties;
        this.workspaces = workspaces;
    }

    static Phase activePhase(Pipeline pipeline, String key, List<FieldProblem> problems) {
        Optional<Phase> phase = pipeline.phase(key == null ? null : key.strip()).filter(p -> !p.retired());
        if (phase.isEmpty()) {
            problems.add(new FieldProblem("phase", "pipeline.phase.unknown"));
            return null;
        }
        return phase.get();
    }

    void contact(WorkspaceId ws, ThirdPartySummary party, UUID contactId, List<FieldProblem> problems) {
        if (contactId != null
                && party != null
                && parties.contact(ws, party.id(), contactId).isEmpty()) {
            problems.add(new FieldProblem("contactId", "pipeline.deal.contact.unknown"));
        }
    }

    UserId owner(RelanceUser me, UUID ownerId, List<FieldProblem> problems) {
        UserId owner = new UserId(ownerId);
        boolean member = workspaces
                .member(me.workspaceId(), owner)
                .filter(io.relance.workspace.UserSummary::active)
                .isPresent();
        if (!member) {
            problems.add(new FieldProblem("ownerId", "pipeline.deal.owner.unknown"));
        } else if (!me.seesAll() && !owner.equals(me.userId())) {
            problems.add(new FieldProblem("ownerId", "pipeline.deal.owner.refused"));
        }
        return owner;
    }

    Money amount(WorkspaceId ws, BigDecimal value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0
                || value.compareTo(MAX_AMOUNT) > 0
                || value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("amount", "pipeline.deal.amount.invalid"));
            return null;
        }
        return new Money(value, currency(ws));
    }

    java.util.Currency currency(WorkspaceId ws) {
        return workspaces.workspace(ws).currencyUnit();
    }
}
