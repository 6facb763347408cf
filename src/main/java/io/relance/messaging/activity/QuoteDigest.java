package io.relance.messaging.activity;

import io.relance.messaging.MailId;
import io.relance.messaging.MailSetup;
import io.relance.messaging.OutboundMail;
import io.relance.messaging.Outbox;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteLookup;
import io.relance.quote.QuoteStatus;
import io.relance.quote.QuoteSummary;
import io.relance.shared.RelanceUser;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.AdviceFacts;
import io.relance.tracking.Engagement;
import io.relance.tracking.Engagements;
import io.relance.tracking.FollowUpAdvisor;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: once the workspace's digest hour (12:30 by default, its time zone) has come, each user who owns
 * open quotes (SENT, still valid) opened since the last digest gets one e-mail listing them (opens, distinct
 * visitors, last open, advice), in his language. Nobody gets an e-mail without news. Once per user and day: the
 * day's run is recorded per workspace ({@code mail_digest_runs}) and each user's e-mail with his row in
 * {@code mail_digest_recipients}, in one transaction, so a second run, another node or a restart sends nothing
 * again. Time is the application's clock.
 */
@Component
public class QuoteDigest {

    private static final Logger log = LoggerFactory.getLogger(QuoteDigest.class);

    /** How far back the job looks for workspaces with opens (a run covers the opens since the previous run). */
    static final Duration LOOKBACK = Duration.ofDays(8);

    private final Engagements engagements;
    private final FollowUpAdvisor advisor;
    private final QuoteLookup quotes;
    private final ThirdPartyLookup parties;
    private final WorkspaceManagement workspaces;
    private final DigestSettingsStore settings;
    private final DigestRuns runs;
    private final DigestMail mails;
    private final Outbox outbox;
    private final MailSetup setup;
    private final TransactionTemplate transactions;
    private final Clock clock;

    QuoteDigest(
            Engagements engagements,
            FollowUpAdvisor advisor,
            QuoteLookup quotes,
            ThirdPartyLookup parties,
            WorkspaceManagement workspaces,
            DigestSettingsStore settings,
            DigestRuns runs,
            DigestMail mails,
            Outbox outbox,
            MailSetup setup,
            TransactionTemplate transactions,
            Clock clock) {
        this.engagements = engagements;
        this.advisor = advisor;
        this.quotes = quotes;
        this.parties = parties;
        this.workspaces = workspaces;
        this.settings = settings;
        this.runs = runs;
        this.mails = mails;
        this.outbox = outbox;
        this.setup = setup;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends the digests that are due now; answers how many e-mails were queued. */
    public int run() {
        if (!setup.ready()) {
            return 0;
        }
        Instant now = clock.instant();
        // the earliest time zones are a day ahead of UTC, the latest a day behind
        Set<DigestRuns.Day> done =
                runs.completedSince(now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1));
        int sent = 0;
        for (WorkspaceId ws : engagements.workspacesOpenedSince(QuoteId.SUBJECT, now.minus(LOOKBACK))) {
            try {
                sent += run(ws, now, done);
            } catch (RuntimeException e) {
                log.warn("The daily digest of workspace {} failed; the next round tries again", ws.value(), e);
            }
        }
        if (sent > 0) {
            log.info("Queued {} daily digest e-mails", sent);
        }
        return sent;
    }

    private int run(WorkspaceId ws, Instant now, Set<DigestRuns.Day> done) {
        Workspace workspace = workspaces.workspace(ws);
        LocalDate today = now.atZone(workspace.zone()).toLocalDate();
        if (done.contains(new DigestRuns.Day(ws, today))) {
            return 0;
        }
        DigestSettings hour = settings.of(ws);
        Instant due = today.atTime(hour.localTime()).atZone(workspace.zone()).toInstant();
        if (now.isBefore(due)) {
            return 0;
        }
        DigestRuns.Run run = runs.start(ws, today, due, now);
        if (run.completed()) {
            return 0;
        }
        int sent = 0;
        for (Map.Entry<UserId, List<DigestMail.QuoteNews>> e :
                newsByOwner(ws, run, today).entrySet()) {
            if (send(ws, today, hour.time(), workspace, e.getKey(), e.getValue())) {
                sent++;
            }
        }
        runs.complete(ws, today, clock.instant());
        return sent;
    }

    /** The open quotes opened during the run's period, by owner, the latest opened first. */
    private Map<UserId, List<DigestMail.QuoteNews>> newsByOwner(WorkspaceId ws, DigestRuns.Run run, LocalDate today) {
        Map<UserId, List<DigestMail.QuoteNews>> byOwner = new LinkedHashMap<>();
        engagements
                .opensBetween(ws, QuoteId.SUBJECT, run.since(), run.until())
                .forEach((id, newOpens) -> quotes.quote(ws, new QuoteId(id))
                        .filter(q -> q.status() == QuoteStatus.SENT)
                        .filter(q -> q.validUntil() == null || !q.validUntil().isBefore(today))
                        .ifPresent(q -> byOwner.computeIfAbsent(q.ownerId(), o -> new ArrayList<>())
                                .add(news(ws, q, newOpens))));
        byOwner.values()
                .forEach(list -> list.sort(Comparator.comparing(
                                DigestMail.QuoteNews::lastOpenedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(DigestMail.QuoteNews::number)));
        return byOwner;
    }

    private DigestMail.QuoteNews news(WorkspaceId ws, QuoteSummary q, int newOpens) {
        Engagement engagement = engagements.of(ws, QuoteId.SUBJECT, q.id().value());
        String party =
                parties.find(ws, q.thirdPartyId()).map(ThirdPartySummary::name).orElse("");
        return new DigestMail.QuoteNews(
                q.id().value(),
                q.number(),
                party,
                newOpens,
                engagement.opens(),
                engagement.distinctVisitors(),
                engagement.lastOpenedAt(),
                null);
    }

    /** One user's e-mail and its record, in one transaction; false when he had it already or is gone. */
    private boolean send(
            WorkspaceId ws,
            LocalDate day,
            String time,
            Workspace workspace,
            UserId owner,
            List<DigestMail.QuoteNews> news) {
        Optional<RelanceUser> user = workspaces.reload(ws, owner);
        if (user.isEmpty() || user.get().email() == null || runs.received(ws, day, owner)) {
            return false;
        }
        RelanceUser to = user.get();
        List<DigestMail.QuoteNews> advised =
                news.stream().map(n -> advised(ws, n, to)).toList();
        DigestMail.Written mail = mails.write(to, day, time, workspace.zone(), advised);
        Boolean sent = transactions.execute(status -> {
            MailId id = outbox.enqueue(OutboundMail.toUser(ws, to.email(), mail.subject(), mail.text()));
            if (!runs.record(ws, day, owner, id, news.size(), clock.instant())) {
                status.setRollbackOnly(); // another node wrote his digest meanwhile
                return false;
            }
            return true;
        });
        return Boolean.TRUE.equals(sent);
    }

    /** The news with the quote's advice now, in the reader's language. */
    private DigestMail.QuoteNews advised(WorkspaceId ws, DigestMail.QuoteNews n, RelanceUser reader) {
        UUID id = n.quoteId();
        String advice = quotes.quote(ws, new QuoteId(id))
                .flatMap(q -> advisor.advise(
                        ws, QuoteId.SUBJECT, id, new AdviceFacts(q.sentAt(), q.validUntil(), true, null)))
                .map(a -> advisor.message(a, ActivityMailText.locale(reader.locale())))
                .orElse(null);
        return new DigestMail.QuoteNews(
                id, n.number(), n.thirdParty(), n.newOpens(), n.opens(), n.visitors(), n.lastOpenedAt(), advice);
    }
}
