package io.relance.quote.web;

import io.relance.quote.QuoteTransitionRefused;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.workspace.UserSummary;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the quote pages share: the workspace, errors in the user's language, the path of a quote. */
@Component
public class QuotePages {

    private final WorkspaceManagement workspaces;
    private final MessageSource messages;

    QuotePages(WorkspaceManagement workspaces, MessageSource messages) {
        this.workspaces = workspaces;
        this.messages = messages;
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
            errors.putIfAbsent(p.field(), text(p.code(), p.args()));
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
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    public static String page(Object id) {
        return "/quotes/" + id;
    }
}
