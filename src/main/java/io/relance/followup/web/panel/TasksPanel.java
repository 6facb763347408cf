package io.relance.followup.web.panel;

import io.relance.followup.agenda.TaskFilter;
import io.relance.followup.agenda.TaskRow;
import io.relance.followup.agenda.TaskSearch;
import io.relance.followup.web.TaskForms;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyLookup;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
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
 * task" box (type, day, time, assignee — the owner by default —, title).
 */
@Component
class TasksPanel implements RecordPanel {

    static final String TEMPLATE = "followup/tasks";

    static final int SHOWN = 20;

    /**
     * What the fragment shows.
     *
     * @param values the new task's fields (as typed after an error, else the defaults)
     * @param errors the new task's field errors
     * @param notice a message key to show (the task was planned)
     * @param assignees whom the user may give the new task to
     */
    public record Model(
            UUID thirdPartyId,
            List<TaskRow> rows,
            boolean more,
            TaskForms forms,
            Map<String, String> values,
            Map<String, String> errors,
            String notice,
            List<UserSummary> assignees) {}

    private final TaskSearch search;
    private final TaskForms.Factory forms;
    private final ThirdPartyLookup parties;

    TasksPanel(TaskSearch search, TaskForms.Factory forms, ThirdPartyLookup parties) {
        this.search = search;
        this.forms = forms;
        this.parties = parties;
    }

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
                        page.nextCursor() != null,
                        options,
                        values,
                        errors,
                        notice,
                        assignees));
    }
}
