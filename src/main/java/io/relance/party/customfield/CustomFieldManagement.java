package io.relance.party.customfield;

import io.relance.party.core.ThirdPartyRecords;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The custom fields of third parties (admins define them; everyone reads them).
 */
@Service
public class CustomFieldManagement {

    private final CustomFields customFields;
    private final Clock clock;
    private final ThirdPartyRecords records;

    CustomFieldManagement(CustomFields customFields, Clock clock, ThirdPartyRecords records) {
        this.customFields = customFields;
        this.clock = clock;
        this.records = records;
    }

    public List<CustomField> customFields(WorkspaceId ws) {
        return customFields.all(ws);
    }

    @Transactional
    public CustomField defineCustomField(RelanceUser me, CustomFieldForm form) {
        ThirdPartyRecords.requireAdmin(me);
        if (form.type() == null) {
            throw new InvalidInputException("type", "validation.required");
        }
        if (records.fieldsByKey(me.workspaceId()).containsKey(form.key())) {
            throw new InvalidInputException("key", "customFields.key.taken");
        }
        List<String> options = options(form);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> labels = CustomFieldTranslations.labels(form.labels(), problems);
        Map<String, Map<String, String>> choiceLabels =
                CustomFieldTranslations.choiceLabels(form.choiceLabels(), options, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CustomField field = new CustomField(
                Ids.newId(),
                form.key(),
                form.label().strip(),
                form.type(),
                options,
                Boolean.TRUE.equals(form.required()),
                form.position() == null ? customFields.all(me.workspaceId()).size() : form.position(),
                clock.instant(),
                0,
                labels,
                choiceLabels);
        customFields.insert(me.workspaceId(), field);
        return field;
    }

    @Transactional
    public CustomField changeCustomField(RelanceUser me, UUID id, CustomFieldForm form) {
        ThirdPartyRecords.requireAdmin(me);
        CustomField current = customFields.all(me.workspaceId()).stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (form.version() == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        if (!current.key().equals(form.key()) || (form.type() != null && form.type() != current.type())) {
            throw new InvalidInputException("key", "customFields.key.fixed");
        }
        CustomFieldForm typed = new CustomFieldForm(
                form.key(),
                form.label(),
                current.type(),
                form.options(),
                form.required(),
                form.position(),
                form.version());
        List<String> options = options(typed);
        // translations left out of the change (an older client) stay as they were, for the choices still there
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> labels =
                form.labels() == null ? current.labels() : CustomFieldTranslations.labels(form.labels(), problems);
        Map<String, Map<String, String>> choiceLabels = CustomFieldTranslations.choiceLabels(
                form.choiceLabels() == null ? current.choiceLabels() : form.choiceLabels(),
                options,
                form.choiceLabels() == null ? new ArrayList<>() : problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CustomField changed = new CustomField(
                id,
                current.key(),
                form.label().strip(),
                current.type(),
                options,
                Boolean.TRUE.equals(form.required()),
                form.position() == null ? current.position() : form.position(),
                current.createdAt(),
                current.version(),
                labels,
                choiceLabels);
        customFields.update(me.workspaceId(), changed, form.version());
        return changed;
    }

    @Transactional
    public void removeCustomField(RelanceUser me, UUID id) {
        ThirdPartyRecords.requireAdmin(me);
        if (customFields.all(me.workspaceId()).stream().noneMatch(f -> f.id().equals(id))) {
            throw new NotFoundException();
        }
        customFields.delete(me.workspaceId(), id);
    }

    private static List<String> options(CustomFieldForm form) {
        List<String> options = form.options() == null
                ? List.of()
                : form.options().stream()
                        .map(Text::clean)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        if (form.type().choices() && options.isEmpty()) {
            throw new InvalidInputException("options", "customFields.options.required");
        }
        return form.type().choices() ? options : List.of();
    }
}
