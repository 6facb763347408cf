package io.relance.followup.lost;

import io.relance.followup.negotiation.NegotiationSettingsStore;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's list of lost reasons: the six built-in ones, which an admin may put in another order or stop
 * offering ({@code OTHER} always stays, so any loss can be told), and reasons of his own. A reason some loss was
 * recorded with stays in the list (inactive if he wants), so the losses report can still name it.
 */
@Service
public class LostReasonManagement {

    /** A reason as the API and the pages show it: its label in the reader's language. */
    public record ReasonView(String key, String label, boolean builtIn, boolean active, LostReasonNeeds needs) {}

    /** The list with its version. */
    public record ReasonList(List<ReasonView> reasons, long version) {}

    /** A reason of a change: key, label (for an admin's own reason), offered or not. */
    public record ReasonChange(String key, String label, Boolean active) {}

    static final int MAX_REASONS = 30;
    static final int MAX_COMPETITORS = 200;
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private final LostReasons reasons;
    private final Losses losses;
    private final NegotiationSettingsStore settings;
    private final MessageSource messages;

    LostReasonManagement(
            LostReasons reasons, Losses losses, NegotiationSettingsStore settings, MessageSource messages) {
        this.reasons = reasons;
        this.losses = losses;
        this.settings = settings;
        this.messages = messages;
    }

    /** Every reason of the list (inactive ones too), in order. */
    @Transactional(readOnly = true)
    public List<LostReason> all(WorkspaceId ws) {
        return reasons.of(ws);
    }

    /** The reasons offered when closing as lost, in order. */
    @Transactional(readOnly = true)
    public List<LostReason> offered(WorkspaceId ws) {
        return reasons.of(ws).stream().filter(LostReason::active).toList();
    }

    @Transactional(readOnly = true)
    public ReasonList list(WorkspaceId ws, Locale locale) {
        return new ReasonList(reasons.of(ws).stream().map(r -> view(r, locale)).toList(), settings.reasonsVersion(ws));
    }

    /** A reason's label in a language: a built-in one's (or TIMED_OUT's) from the messages, another's as typed. */
    public String label(String key, String typed, Locale locale) {
        if (typed != null) {
            return typed;
        }
        return messages.getMessage(LostReason.messageKey(key), null, key, locale);
    }

    /** The label of a reason key of this workspace (a removed reason of its own shows as its key). */
    public String label(WorkspaceId ws, String key, Locale locale) {
        return reasons.of(ws).stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .map(r -> label(r.key(), r.label(), locale))
                .orElseGet(() -> label(key, null, locale));
    }

    public ReasonView view(LostReason r, Locale locale) {
        return new ReasonView(r.key(), label(r.key(), r.label(), locale), r.builtIn(), r.active(), r.needs());
    }

    /** The competitors' names losses were recorded with, the most frequent first (for a datalist). */
    @Transactional(readOnly = true)
    public List<String> competitors(WorkspaceId ws) {
        return losses.competitors(ws, MAX_COMPETITORS);
    }

    /** Replaces the list (admins), read at {@code version}; a stale version is a 409, bad entries field errors. */
    @Transactional
    public ReasonList change(RelanceUser me, List<ReasonChange> changes, Long version, Locale locale) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (version == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        }
        List<LostReason> wanted = read(changes, problems);
        if (problems.isEmpty()) {
            Set<String> keys = new HashSet<>();
            wanted.forEach(r -> keys.add(r.key()));
            for (String builtIn : LostReason.BUILT_IN) {
                if (!keys.contains(builtIn)) {
                    problems.add(new FieldProblem("reasons", "followup.lost.reasons.builtInKept", builtIn));
                }
            }
            for (String used : losses.usedReasons(me.workspaceId())) {
                if (!keys.contains(used) && !LostReason.RESERVED.contains(used)) {
                    problems.add(new FieldProblem("reasons", "followup.lost.reasons.inUse", used));
                }
            }
            wanted.stream()
                    .filter(r -> r.key().equals(LostReason.OTHER) && !r.active())
                    .findFirst()
                    .ifPresent(r -> problems.add(new FieldProblem("reasons", "followup.lost.reasons.otherStays")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        settings.bumpReasonsVersion(me.workspaceId(), version);
        reasons.replace(me.workspaceId(), wanted);
        return list(me.workspaceId(), locale);
    }

    private static List<LostReason> read(List<ReasonChange> changes, List<FieldProblem> problems) {
        List<LostReason> wanted = new ArrayList<>();
        if (changes == null || changes.isEmpty()) {
            problems.add(new FieldProblem("reasons", "validation.required"));
            return wanted;
        }
        if (changes.size() > MAX_REASONS) {
            problems.add(new FieldProblem("reasons", "followup.lost.reasons.tooMany", MAX_REASONS));
            return wanted;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            ReasonChange c = changes.get(i);
            String field = "reasons[" + i + "]";
            String key = c == null ? null : Text.clean(c.key());
            if (key == null) {
                problems.add(new FieldProblem(field + ".key", "validation.required"));
                continue;
            }
            if (!KEY.matcher(key).matches() || LostReason.RESERVED.contains(key)) {
                problems.add(new FieldProblem(field + ".key", "followup.lost.reasons.key"));
                continue;
            }
            if (!seen.add(key)) {
                problems.add(new FieldProblem(field + ".key", "followup.lost.reasons.duplicate", key));
                continue;
            }
            boolean builtIn = LostReason.BUILT_IN.contains(key);
            String label = builtIn ? null : Text.clean(field + ".label", c.label(), 60, problems);
            if (!builtIn && label == null) {
                problems.add(new FieldProblem(field + ".label", "validation.required"));
            }
            wanted.add(new LostReason(key, label, c.active() == null || c.active(), LostReason.needsOf(key)));
        }
        return wanted;
    }
}
