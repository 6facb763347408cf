package io.relance.followup.web.panel;

import io.relance.followup.agenda.TaskFilter;
import io.relance.followup.agenda.TaskRow;
import io.relance.followup.agenda.TaskSearch;
import io.relance.followup.web.TaskForms;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.quote.QuoteLookup;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.PageTexts;
import io.relance.shared.web.RecordPanel;
import io.relance.workspace.UserSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The "Tasks" panel of a third party's record page: its open tasks, soonest first, each with its actions, and the "new
 * task" box (type, day, time, assignee — the owner by default —, title, and optionally one of its contacts, one of its
 * quotes, notes).
 */
@Component
record TasksPanel(
        TaskSearch search, TaskForms.Factory forms, ThirdPartyLookup parties, QuoteLookup quotes, PageTexts texts)
        implements RecordPanel {

    static final String TEMPLATE = "followup/tasks";

    static final int SHOWN = 20;

    /** How many of the third party's quotes the box offers, the newest first. */
    static final int QUOTES_OFFERED = 50;

    /** A choice of a select of the box: the id posted and what it shows. */
    public record Choice(String value, String label) {}

    /**
     * What the fragment shows.
     *
     * @param total how many open tasks the third party has (the user may reach)
     * @param next the cursor to those after these, null when these are all
     * @param values the new task's fields (as typed after an error, else the defaults)
     * @param errors the new task's field errors
     * @param notice a message key to show (the task was planned)
     * @param assignees whom the user may give the new task to
     * @param contacts the third party's contacts, to name one
     * @param quotes the third party's quotes, to tie the task to one
     */
    public record Model(
            UUID thirdPartyId,
            List<TaskRow> rows,
            long total,
            String next,
            TaskForms forms,
            Map<String, String> values,
            Map<String, String> errors,
            String notice,
            List<UserSummary> assignees,
            List<Choice> contacts,
            List<Choice> quotes) {}

    @Override
    public String recordType() {
        return THIRD_PARTY;
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Optional<Contribution> contribute(RelanceUser me, UUID recordId) {
        return parties.find(me, new ThirdPartyId(recordId)).map(party -> of(me, party, null, Map.of(), null));
    }

    /** The panel for this third party: with the new task's fields as typed and their errors, or a notice. */
    Contribution of(
            RelanceUser me,
            ThirdPartySummary party,
            Map<String, String> typed,
            Map<String, String> errors,
            String notice) {
        var page = search.list(me, TaskFilter.openOf(party.id()), PageRequest.of(SHOWN, null));
        long total = page.nextCursor() == null ? page.items().size() : search.count(me, TaskFilter.openOf(party.id()));
        TaskForms options = forms.of(me, "record", null, true);
        List<UserSummary> assignees = options.members().stream()
                .filter(u -> me.seesAll() || u.id().equals(me.userId()) || u.id().equals(party.ownerId()))
                .toList();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", "CALL");
        values.put("dueDate", options.tomorrow().toString());
        values.put("assigneeId", party.ownerId().value().toString());
        if (typed != null) {
            values.putAll(typed);
        }
        return new Contribution(
                TEMPLATE,
                "panel",
                new Model(
                        party.id().value(),
                        page.items(),
                        total,
                        page.nextCursor(),
                        options,
                        values,
                        errors,
                        notice,
                        assignees,
                        parties.contacts(me.workspaceId(), party.id()).stream()
                                .map(c -> new Choice(c.id().toString(), c.name()))
                                .toList(),
                        quotes.ofThirdParty(me, party.id(), QUOTES_OFFERED).stream()
                                .map(q -> new Choice(
                                        q.id().value().toString(),
                                        q.number() + " · " + texts.text("quote.status." + q.status())))
                                .toList()));
    }
}
