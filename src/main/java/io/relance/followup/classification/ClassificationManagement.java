package io.relance.followup.classification;

import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.SupportedLocales;
import io.relance.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's list of classifications: everyone reads it, admins change it. A classification deleted or made
 * inactive is no longer offered; third parties classified with it keep it (and its tag) until reclassified, and the
 * tasks it planned stay.
 */
@Service
public class ClassificationManagement {

    private final Classifications classifications;
    private final ClassificationDefaults defaults;

    ClassificationManagement(Classifications classifications, ClassificationDefaults defaults) {
        this.classifications = classifications;
        this.defaults = defaults;
    }

    /** Every classification of the workspace, active or not, in order. */
    @Transactional
    public List<Classification> all(WorkspaceId ws) {
        defaults.ensure(ws);
        return classifications.all(ws);
    }

    @Transactional
    public Classification get(WorkspaceId ws, String key) {
        defaults.ensure(ws);
        return classifications.find(ws, key).orElseThrow(NotFoundException::new);
    }

    /**
     * A new classification: key, icon and the English label required (a language without a label takes the English
     * one); no delay means no task; placed last unless a position is given.
     */
    @Transactional
    public Classification create(RelanceUser me, ClassificationChanges changes) {
        requireAdmin(me);
        WorkspaceId ws = me.workspaceId();
        defaults.ensure(ws);
        List<FieldProblem> problems = new ArrayList<>(changes.problems());
        required(changes.key().isPresent() || changes.refused("key"), "key", problems);
        required(changes.labels().containsKey("en") || changes.refused("labels"), "labels.en", problems);
        required(changes.icon().isPresent() || changes.refused("icon"), "icon", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (String language : SupportedLocales.TAGS) {
            labels.put(
                    language,
                    changes.labels().getOrDefault(language, changes.labels().get("en")));
        }
        Classification created = new Classification(
                changes.key().get(),
                labels,
                changes.icon().get(),
                changes.tags().orElse(false),
                changes.delayDays().flatMap(d -> d).orElse(null),
                changes.position().orElseGet(() -> classifications.nextPosition(ws)),
                changes.active().orElse(true),
                0);
        if (!classifications.insert(ws, created)) {
            throw new InvalidInputException("key", "followup.classification.key.taken");
        }
        return get(ws, created.key());
    }

    /** A PATCH at the version read; the key never changes. */
    @Transactional
    public Classification update(RelanceUser me, String key, ClassificationChanges changes) {
        requireAdmin(me);
        Classification current = get(me.workspaceId(), key);
        List<FieldProblem> problems = new ArrayList<>(changes.problems());
        if (changes.version() == null && !changes.refused("version")) {
            problems.add(new FieldProblem("version", "validation.version"));
        }
        changes.key()
                .filter(k -> !k.equals(key))
                .ifPresent(k -> problems.add(new FieldProblem("key", "followup.classification.key.fixed")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (current.version() != changes.version()) {
            throw new StaleVersionException();
        }
        Map<String, String> labels = new LinkedHashMap<>(current.labels());
        labels.putAll(changes.labels());
        Classification changed = new Classification(
                key,
                labels,
                changes.icon().orElse(current.icon()),
                changes.tags().orElse(current.tags()),
                changes.delayDays().isPresent() ? changes.delayDays().get().orElse(null) : current.delayDays(),
                changes.position().orElse(current.position()),
                changes.active().orElse(current.active()),
                current.version());
        classifications.update(me.workspaceId(), changed, changes.version());
        return get(me.workspaceId(), key);
    }

    @Transactional
    public void delete(RelanceUser me, String key) {
        requireAdmin(me);
        defaults.ensure(me.workspaceId());
        if (!classifications.delete(me.workspaceId(), key)) {
            throw new NotFoundException();
        }
    }

    private static void required(boolean present, String field, List<FieldProblem> problems) {
        if (!present) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
    }

    private static void requireAdmin(RelanceUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }
}
