package io.relance.quote.web;

import io.relance.quote.QuoteTransitionRefused;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.PageTexts;
import io.relance.workspace.UserSummary;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the quote pages share: the workspace, errors in the user's language, the path of a quote. */
@Component
public class QuotePages {

    private final WorkspaceManagement workspaces;
    private final PageTexts texts;

    QuotePages(WorkspaceManagement workspaces, PageTexts texts) {
        this.workspaces = workspaces;
        this.texts = texts;
    }

    public Workspace workspace(RelanceUser me) {
        return workspaces.workspace(me.workspaceId());
    }

    /** The workspace's users by id, to name who did what on a timeline or who owns a quote. */
    public Map<UUID, UserSummary> membersById(RelanceUser me) {
        Map<UUID, UserSummary> byId = new LinkedHashMap<>();
        workspaces.members(me.workspaceId()).forEach(u -> byId.put(u.id().value(), u));
        return byId;
    }

    public ZoneId zone(RelanceUser me) {
        return workspace(me).zone();
    }

    /** Each field's first problem, in the user's language, by the form's field name. */
    public Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.putIfAbsent(p.field(), texts.text(p));
        }
        return errors;
    }

    /** Why a transition was refused, in the user's language. */
    public String refused(QuoteTransitionRefused e) {
        return text(
                "quote.problem.transition." + e.action(),
                text("quote.state." + e.status().name()));
    }

    public String text(String code, Object... args) {
        return texts.text(code, args);
    }

    public static String page(Object id) {
        return "/quotes/" + id;
    }
}
