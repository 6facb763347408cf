package io.relance.followup.advice;

import io.relance.followup.FollowUpRule;
import io.relance.followup.FollowUpTasks;
import io.relance.followup.RuleTask;
import io.relance.followup.TaskTarget;
import io.relance.followup.WorkingCalendar;
import io.relance.followup.WorkingDays;
import io.relance.followup.daily.DailyChunks;
import io.relance.followup.daily.DailyWork;
import io.relance.party.ContactSummary;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteId;
import io.relance.quote.QuoteLookup;
import io.relance.quote.QuoteStatus;
import io.relance.quote.QuoteSummary;
import io.relance.shared.SupportedLocales;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.Advice;
import io.relance.tracking.AdviceCode;
import io.relance.tracking.AdviceFacts;
import io.relance.tracking.FollowUpAdvisor;
import io.relance.tracking.IssuedLink;
import io.relance.tracking.TrackedLinks;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each SENT quote's follow-up advice as one open task (rule {@code QUOTE_ADVICE}, key {@code advice:<quote>}, see
 * {@link AdviceTaskPlan}): the daily part {@value #NAME} looks at all of a workspace's sent quotes (their advice read
 * in batches), the reactions in {@link QuoteAdviceReactions} at one quote as soon as it is opened, sent or answered.
 * Only a change of advice does something: the new advice's task replaces the open one, or no advice (or "leave it
 * quiet") cancels it; the change of the quote's mark ({@link AdviceMarks}) is written in the same transaction, so a
 * second look plans nothing twice and a task the rep completed does not come back while the advice is the same.
 */
@Component
public class QuoteAdviceTasks implements DailyWork {

    static final String NAME = "quote-advice";

    /** How many quotes' opens are read in one query. */
    static final int BATCH = 500;

    private final QuoteLookup quotes;
    private final FollowUpAdvisor advisor;
    private final ThirdPartyLookup parties;
    private final TrackedLinks links;
    private final FollowUpTasks tasks;
    private final WorkingCalendar calendar;
    private final WorkspaceManagement workspaces;
    private final AdviceMarks marks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    QuoteAdviceTasks(
            QuoteLookup quotes,
            FollowUpAdvisor advisor,
            ThirdPartyLookup parties,
            TrackedLinks links,
            FollowUpTasks tasks,
            WorkingCalendar calendar,
            WorkspaceManagement workspaces,
            AdviceMarks marks,
            TransactionTemplate transactions,
            Clock clock) {
        this.quotes = quotes;
        this.advisor = advisor;
        this.parties = parties;
        this.links = links;
        this.tasks = tasks;
        this.calendar = calendar;
        this.workspaces = workspaces;
        this.marks = marks;
        this.transactions = transactions;
        this.clock = clock;
    }

    static String ruleKey(QuoteId quote) {
        return "advice:" + quote.value();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A quote whose advice changed since the last look: its mark as read, the new advice and its task (or none). */
    private record Change(QuoteSummary quote, boolean row, String was, Advice advice, RuleTask task) {

        UUID id() {
            return quote.id().value();
        }
    }

    /**
     * Every sent quote of the workspace looked at again; answers how many changed their advice. The quotes, their
     * marks, the settings and the calendar are read once; the opens of a batch of quotes in one query (tracking); the
     * changes of a batch are written set-based ({@link DailyChunks}: the marks moved in one or two statements, the
     * replaced tasks cancelled in two, the new ones inserted in one), in one transaction.
     */
    @Override
    public int run(WorkspaceId ws, LocalDate today) {
        WorkingDays days = calendar.of(ws);
        Map<UUID, String> marked = marks.of(ws);
        List<QuoteSummary> sent = quotes.sent(ws);
        int changed = 0;
        for (int from = 0; from < sent.size(); from += BATCH) {
            changed += look(ws, sent.subList(from, Math.min(sent.size(), from + BATCH)), marked, today, days);
        }
        return changed;
    }

    /**
     * Some sent quotes looked at again (one batch): their advice read in one query, the changed ones written
     * set-based; answers how many changed their advice.
     */
    private int look(
            WorkspaceId ws, List<QuoteSummary> batch, Map<UUID, String> marked, LocalDate today, WorkingDays days) {
        Map<UUID, AdviceFacts> facts = new LinkedHashMap<>();
        for (QuoteSummary q : batch) {
            facts.put(q.id().value(), facts(q));
        }
        Map<UUID, Advice> advised = advisor.adviseAll(ws, QuoteId.SUBJECT, facts);
        List<Change> changes = new ArrayList<>();
        for (QuoteSummary q : batch) {
            Advice advice = advised.get(q.id().value());
            String was = marked.getOrDefault(q.id().value(), AdviceMarks.NONE);
            if (!mark(advice).equals(was)) {
                changes.add(new Change(
                        q, marked.containsKey(q.id().value()), was, advice, task(ws, q, advice, today, days)));
            }
        }
        return DailyChunks.run(transactions, changes, chunk -> stillToDo(ws, chunk), chunk -> applyAll(ws, chunk));
    }

    /** The changes of a chunk another look moved in part: those whose mark still differs, with the mark now read. */
    private List<Change> stillToDo(WorkspaceId ws, List<Change> chunk) {
        Map<UUID, String> now = marks.of(ws, chunk.stream().map(Change::id).toList());
        return chunk.stream()
                .filter(c -> !mark(c.advice()).equals(now.getOrDefault(c.id(), AdviceMarks.NONE)))
                .map(c -> new Change(
                        c.quote(),
                        now.containsKey(c.id()),
                        now.getOrDefault(c.id(), AdviceMarks.NONE),
                        c.advice(),
                        c.task()))
                .toList();
    }

    /** A chunk's marks moved and its tasks replaced (or cancelled), in its transaction; how many changed. */
    private int applyAll(WorkspaceId ws, List<Change> chunk) {
        int moved = marks.moveAll(
                ws,
                chunk.stream()
                        .map(c -> new AdviceMarks.Move(c.id(), c.row(), c.was(), mark(c.advice())))
                        .toList(),
                clock.instant());
        if (moved != chunk.size()) {
            throw new DailyChunks.Contended(chunk.size(), moved);
        }
        tasks.cancelAllForRule(
                ws, chunk.stream().map(c -> ruleKey(c.quote().id())).toList());
        List<RuleTask> planned =
                chunk.stream().map(Change::task).filter(Objects::nonNull).toList();
        int inserted = tasks.openAllForRule(planned);
        if (inserted != planned.size()) {
            throw new DailyChunks.Contended(planned.size(), inserted);
        }
        return chunk.size();
    }

    /** One quote looked at again now (sent, revised): 1 when its advice changed. */
    public int refresh(WorkspaceId ws, QuoteId id) {
        return refresh(ws, List.of(id));
    }

    /**
     * Some quotes looked at again now (a batch of opens): the sent ones read in one query, their marks in one, their
     * advice in one, the changes written set-based; answers how many changed their advice.
     */
    public int refresh(WorkspaceId ws, Collection<QuoteId> ids) {
        List<QuoteSummary> sent = quotes.quotes(ws, ids).values().stream()
                .filter(q -> q.status() == QuoteStatus.SENT)
                .toList();
        if (sent.isEmpty()) {
            return 0;
        }
        Map<UUID, String> marked =
                marks.of(ws, sent.stream().map(q -> q.id().value()).toList());
        return look(ws, sent, marked, calendar.today(ws), calendar.of(ws));
    }

    /** The quote was answered (accepted, declined, cancelled, expired): its advice task goes, with its mark. */
    public boolean answered(WorkspaceId ws, QuoteId id) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            marks.forget(ws, id.value());
            return tasks.cancelForRule(ws, ruleKey(id));
        }));
    }

    private static AdviceFacts facts(QuoteSummary q) {
        return new AdviceFacts(q.sentAt(), q.validUntil(), true, null);
    }

    private static String mark(Advice advice) {
        return advice == null ? AdviceMarks.NONE : advice.code().name();
    }

    /** The task of a quote's advice (none for no advice or "leave it quiet"). */
    private RuleTask task(WorkspaceId ws, QuoteSummary q, Advice advice, LocalDate today, WorkingDays days) {
        AdviceCode code = advice == null ? null : advice.code();
        return AdviceTaskPlan.of(code, q.number(), today, days)
                .map(plan -> new RuleTask(
                        ws,
                        FollowUpRule.QUOTE_ADVICE,
                        ruleKey(q.id()),
                        plan.type(),
                        TaskTarget.of(q.thirdPartyId())
                                .withQuote(q.id().value())
                                .withContact(q.contactId()),
                        q.ownerId(),
                        plan.due(),
                        plan.title(),
                        code == AdviceCode.NOT_OPENED ? preparedSms(ws, q) : null))
                .orElse(null);
    }

    /** The SMS tracking prepares for a quote not opened: in the quote's language, the client's name, its link. */
    private String preparedSms(WorkspaceId ws, QuoteSummary q) {
        String client = Optional.ofNullable(q.contactId())
                .flatMap(c -> parties.contact(ws, q.thirdPartyId(), c))
                .map(ContactSummary::name)
                .or(() -> parties.find(ws, q.thirdPartyId()).map(ThirdPartySummary::name))
                .orElse("");
        String url = links.find(ws, QuoteId.SUBJECT, q.id().value())
                .map(IssuedLink::url)
                .orElse("");
        Locale locale = q.language() != null && SupportedLocales.isSupported(q.language())
                ? SupportedLocales.of(q.language())
                : workspaces.workspace(ws).locale();
        return advisor.preparedText("sms", locale, client, q.number(), url);
    }
}
