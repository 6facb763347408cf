package io.relance.followup.lost.web;

import io.relance.followup.WorkingCalendar;
import io.relance.followup.lost.Losing;
import io.relance.followup.lost.Loss;
import io.relance.followup.lost.LostReasonManagement;
import io.relance.followup.negotiation.Negotiation;
import io.relance.followup.negotiation.NegotiationManagement;
import io.relance.party.ThirdPartyId;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.RecordPanel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The "Negotiation" panel of a third party's record: the open negotiation (since when, its time limit, days left), the
 * last loss (reason, competitor, when), and "Close as lost".
 */
@Component
record NegotiationPanel(
        NegotiationManagement negotiations, Losing losing, LostReasonManagement reasons, WorkingCalendar calendar)
        implements RecordPanel {

    /** What the fragment shows; dates already in the reader's language. */
    public record Model(
            UUID thirdPartyId,
            boolean open,
            String startedOn,
            String limitDate,
            long daysLeft,
            String lastLossReason,
            String lastLossCompetitor,
            String lastLossOn) {}

    @Override
    public String recordType() {
        return THIRD_PARTY;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Contribution> contribute(RelanceUser me, UUID recordId) {
        ThirdPartyId id = new ThirdPartyId(recordId);
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(me.locale());
        var zone = calendar.zone(me.workspaceId());
        Optional<Negotiation> open = negotiations.openOf(me.workspaceId(), id);
        Optional<Loss> lastLoss = losing.lossesOf(me, id).stream().findFirst();
        String startedOn = null;
        String limit = null;
        long daysLeft = 0;
        if (open.isPresent()) {
            LocalDate limitDay =
                    open.get().limit(negotiations.settings(me.workspaceId()).timeLimitDays());
            startedOn = format.format(open.get().startedOn());
            limit = format.format(limitDay);
            daysLeft = ChronoUnit.DAYS.between(calendar.today(me.workspaceId()), limitDay);
        }
        return Optional.of(new Contribution(
                "followup/negotiation-panel",
                "panel",
                new Model(
                        recordId,
                        open.isPresent(),
                        startedOn,
                        limit,
                        daysLeft,
                        lastLoss.map(l -> reasons.label(me.workspaceId(), l.reason(), me.locale()))
                                .orElse(null),
                        lastLoss.map(Loss::competitor).orElse(null),
                        lastLoss.map(l -> format.format(l.lostAt().atZone(zone)))
                                .orElse(null))));
    }
}
