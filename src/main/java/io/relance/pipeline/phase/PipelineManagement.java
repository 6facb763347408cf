package io.relance.pipeline.phase;

import io.relance.pipeline.PhaseKind;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.SupportedLocales;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's pipelines: read by everyone (given the defaults on the first read), changed by admins — a new
 * pipeline, its name, phases added, renamed, reordered, retired (a retired phase keeps its deals and history), and
 * the rules that move deals from actions.
 */
@Service
public class PipelineManagement {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Pipelines pipelines;
    private final PipelineDefaults defaults;

    PipelineManagement(Pipelines pipelines, PipelineDefaults defaults) {
        this.pipelines = pipelines;
        this.defaults = defaults;
    }

    @Transactional
    public List<Pipeline> all(WorkspaceId ws) {
        defaults.ensure(ws);
        return pipelines.all(ws);
    }

    /** A pipeline of the workspace; 404 when it has none of that key. */
    @Transactional
    public Pipeline get(WorkspaceId ws, String key) {
        return find(ws, key).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public java.util.Optional<Pipeline> find(WorkspaceId ws, String key) {
        defaults.ensure(ws);
        return key == null ? java.util.Optional.empty() : pipelines.find(ws, key);
    }

    /** A new pipeline (admins) with one open phase, one won and one lost to rename. */
    @Transactional
    public Pipeline create(RelanceUser me, String key, String name, String objectType) {
        admin(me);
        defaults.ensure(me.workspaceId());
        List<FieldProblem> problems = new ArrayList<>();
        String k = Text.clean(key);
        if (k == null) {
            problems.add(new FieldProblem("key", "validation.required"));
        } else if (!KEY.matcher(k).matches()) {
            problems.add(new FieldProblem("key", "pipeline.key.invalid"));
        } else if (pipelines.find(me.workspaceId(), k).isPresent()) {
            problems.add(new FieldProblem("key", "pipeline.key.taken"));
        }
        String n = Text.clean("name", name, 80, problems);
        if (n == null) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        String type = objectType == null ? "OPPORTUNITY" : objectType.strip().toUpperCase(Locale.ROOT);
        if (!Pipeline.OBJECT_TYPES.contains(type)) {
            problems.add(new FieldProblem("objectType", "validation.choice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int position = pipelines.all(me.workspaceId()).size() + 1;
        pipelines.insert(me.workspaceId(), k, n, type, position);
        int i = 1;
        for (PhaseKind kind : PhaseKind.values()) {
            String label = kind.name().toLowerCase(Locale.ROOT);
            pipelines.insertPhase(
                    me.workspaceId(), k, new Phase(label, sameLabels(label), kind, null, null, i++, false, 0));
        }
        return get(me.workspaceId(), k);
    }

    @Transactional
    public Pipeline rename(RelanceUser me, String key, String name, Long version) {
        admin(me);
        Pipeline p = get(me.workspaceId(), key);
        List<FieldProblem> problems = new ArrayList<>();
        String n = Text.clean("name", name, 80, problems);
        if (n == null) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        pipelines.rename(me.workspaceId(), key, n, version == null ? p.version() : version);
        return get(me.workspaceId(), key);
    }

    /** Adds a phase before the won and lost ones (or at the end when {@code position} is past them). */
    @Transactional
    public Pipeline addPhase(RelanceUser me, String pipelineKey, String phaseKey, PhaseInput input) {
        admin(me);
        Pipeline p = get(me.workspaceId(), pipelineKey);
        List<FieldProblem> problems = new ArrayList<>();
        String k = Text.clean(phaseKey);
        if (k == null) {
            problems.add(new FieldProblem("key", "validation.required"));
        } else if (!KEY.matcher(k).matches()) {
            problems.add(new FieldProblem("key", "pipeline.key.invalid"));
        } else if (p.phase(k).isPresent()) {
            problems.add(new FieldProblem("key", "pipeline.phase.taken"));
        }
        Phase typed = phase(k == null ? "new" : k, input, null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // an open phase comes before the first closed one; a closed one at the end
        int at = p.phases().size() + 1;
        if (typed.open()) {
            at = p.phases().stream()
                    .filter(x -> !x.open())
                    .mapToInt(Phase::position)
                    .min()
                    .orElse(at);
        }
        List<Phase> ordered = new ArrayList<>(p.phases());
        ordered.add(Math.min(Math.max(indexOf(p.phases(), at), 0), ordered.size()), typed);
        pipelines.insertPhase(me.workspaceId(), pipelineKey, typed);
        renumber(me.workspaceId(), pipelineKey, ordered, typed.key());
        return get(me.workspaceId(), pipelineKey);
    }

    /** Changes a phase: labels, kind, probability, rotting limit, retired. */
    @Transactional
    public Pipeline updatePhase(RelanceUser me, String pipelineKey, String phaseKey, PhaseInput input) {
        admin(me);
        Pipeline p = get(me.workspaceId(), pipelineKey);
        Phase before = p.phase(phaseKey).orElseThrow(NotFoundException::new);
        List<FieldProblem> problems = new ArrayList<>();
        Phase changed = phase(phaseKey, input, before, problems);
        if (changed.retired()
                && p.activePhases().stream()
                        .filter(x -> !x.key().equals(phaseKey))
                        .noneMatch(Phase::open)) {
            problems.add(new FieldProblem("retired", "pipeline.phase.lastOpen"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        pipelines.updatePhase(
                me.workspaceId(), pipelineKey, changed, input.version() == null ? before.version() : input.version());
        return get(me.workspaceId(), pipelineKey);
    }

    /** Moves a phase one place up ({@code -1}) or down ({@code 1}). */
    @Transactional
    public Pipeline movePhase(RelanceUser me, String pipelineKey, String phaseKey, int by) {
        admin(me);
        Pipeline p = get(me.workspaceId(), pipelineKey);
        List<Phase> ordered = new ArrayList<>(p.phases());
        int i = indexOfKey(ordered, phaseKey);
        if (i < 0) {
            throw new NotFoundException();
        }
        int j = Math.max(0, Math.min(ordered.size() - 1, i + Integer.signum(by)));
        ordered.add(j, ordered.remove(i));
        renumber(me.workspaceId(), pipelineKey, ordered, null);
        return get(me.workspaceId(), pipelineKey);
    }

    /** Sets the phase an action moves deals to; a null phase removes the rule. */
    @Transactional
    public Pipeline putRule(RelanceUser me, String pipelineKey, String action, String phaseKey) {
        admin(me);
        Pipeline p = get(me.workspaceId(), pipelineKey);
        if (action == null
                || !(action.equals(io.relance.pipeline.DealActionType.SECOND_VISIT)
                        || io.relance.pipeline.DealActionType.parse(action) != null)) {
            throw new InvalidInputException("action", "validation.choice");
        }
        String phase = Text.clean(phaseKey);
        if (phase != null && p.phase(phase).isEmpty()) {
            throw new InvalidInputException("phase", "pipeline.phase.unknown");
        }
        String a = action.equals(io.relance.pipeline.DealActionType.SECOND_VISIT)
                ? action
                : io.relance.pipeline.DealActionType.parse(action).name();
        pipelines.putRule(me.workspaceId(), pipelineKey, a, phase);
        return get(me.workspaceId(), pipelineKey);
    }

    private void renumber(WorkspaceId ws, String pipelineKey, List<Phase> ordered, String fresh) {
        for (int i = 0; i < ordered.size(); i++) {
            Phase x = ordered.get(i);
            if (x.position() != i + 1 || x.key().equals(fresh)) {
                Phase stored = pipelines
                        .find(ws, pipelineKey)
                        .flatMap(pp -> pp.phase(x.key()))
                        .orElseThrow(StaleVersionException::new);
                pipelines.updatePhase(ws, pipelineKey, stored.at(i + 1), stored.version());
            }
        }
    }

    private static int indexOf(List<Phase> phases, int position) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).position() >= position) {
                return i;
            }
        }
        return phases.size();
    }

    private static int indexOfKey(List<Phase> phases, String key) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The phase an input describes, checked; values absent keep {@code before}'s (none: the defaults). */
    private static Phase phase(String key, PhaseInput input, Phase before, List<FieldProblem> problems) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> typed = input.labels() == null ? Map.of() : input.labels();
        for (String language : SupportedLocales.TAGS) {
            String label = Text.clean("labels." + language, typed.get(language), 80, problems);
            labels.put(
                    language,
                    label != null ? label : before != null ? before.labels().get(language) : null);
        }
        if (labels.get("en") == null) {
            problems.add(new FieldProblem("labels.en", "validation.required"));
        }
        labels.replaceAll((language, label) -> label == null ? labels.get("en") : label);
        PhaseKind kind = before == null ? PhaseKind.OPEN : before.kind();
        if (input.kind() != null) {
            try {
                kind = PhaseKind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("kind", "validation.choice"));
            }
        }
        Integer probability =
                input.probability() != null ? input.probability() : before == null ? null : before.probability();
        if (probability != null && (probability < 0 || probability > 100)) {
            problems.add(new FieldProblem("probability", "pipeline.range", 0, 100));
        }
        Integer rot = input.rotDays() != null ? input.rotDays() : before == null ? null : before.rotDays();
        if (rot != null && (rot < 0 || rot > 3650)) {
            problems.add(new FieldProblem("rotDays", "pipeline.range", 0, 3650));
        }
        if (rot != null && rot == 0) {
            rot = null; // 0: never stale
        }
        boolean retired = input.retired() != null ? input.retired() : before != null && before.retired();
        if (labels.get("en") == null) {
            labels.replaceAll((l, v) -> key);
        }
        return new Phase(
                key,
                labels,
                kind,
                probability,
                rot,
                before == null ? 0 : before.position(),
                retired,
                before == null ? 0 : before.version());
    }

    private static Map<String, String> sameLabels(String label) {
        Map<String, String> labels = new LinkedHashMap<>();
        SupportedLocales.TAGS.forEach(l -> labels.put(l, label));
        return labels;
    }

    private static void admin(RelanceUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }
}
