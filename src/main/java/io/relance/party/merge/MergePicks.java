package io.relance.party.merge;

import static io.relance.party.merge.MergeFields.CUSTOM;

import io.relance.history.FieldChange;
import io.relance.party.ProspectStatus;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyChanges;
import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldValue;
import io.relance.party.customfield.CustomFields;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The user's picks of a merge, field by field: checked, then applied to the survivor once it absorbed the duplicate. */
@Component
class MergePicks {

    private final CustomFields customFields;

    MergePicks(CustomFields customFields) {
        this.customFields = customFields;
    }

    /** Every pick names a field a merge compares: a built-in one or a custom field of the workspace. */
    static void check(Map<String, MergeSide> picks, Map<String, CustomField> fields) {
        List<FieldProblem> problems = picks.keySet().stream()
                .filter(k -> !MergeFields.BUILT_IN.contains(k)
                        && !(k.startsWith(CUSTOM) && fields.containsKey(k.substring(CUSTOM.length()))))
                .sorted()
                .map(k -> new FieldProblem("picks." + k, "validation.unknownField"))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Sets each picked built-in field of the survivor to the picked side's value: its own as it was before the merge
     * ({@code before}), even empty, or the duplicate's.
     */
    void apply(
            ThirdParty survivor,
            Map<String, String> before,
            ThirdParty duplicate,
            Map<String, MergeSide> picks,
            String region,
            Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String field : MergeFields.BUILT_IN) {
            MergeSide side = picks.get(field);
            if (side == null) {
                continue;
            }
            String value = side == MergeSide.SURVIVOR ? before.get(field) : MergeFields.value(duplicate, field);
            switch (field) {
                case "status" -> survivor.changeStatus(ProspectStatus.valueOf(value), now);
                case "potential" -> survivor.changePotential(value, now);
                default -> json.put(field, value);
            }
        }
        if (!json.isEmpty()) {
            // phones are read in the country the survivor ends up with
            json.putIfAbsent("country", survivor.country());
            survivor.apply(ThirdPartyChanges.parse(json, region), region, now);
        }
    }

    /**
     * Sets each picked custom field of the survivor to the picked side's values, as stored before the merge
     * ({@code stored}: both records' values).
     */
    void applyCustom(
            WorkspaceId ws,
            UUID survivor,
            UUID duplicate,
            List<CustomFieldValue> stored,
            Map<String, MergeSide> picks,
            Map<String, CustomField> fields) {
        picks.forEach((key, side) -> {
            if (!key.startsWith(CUSTOM)) {
                return;
            }
            CustomField field = fields.get(key.substring(CUSTOM.length()));
            UUID from = side == MergeSide.SURVIVOR ? survivor : duplicate;
            List<CustomFieldValue> values = stored.stream()
                    .filter(v -> v.thirdPartyId().equals(from) && v.fieldId().equals(field.id()))
                    .map(v -> new CustomFieldValue(
                            survivor, v.fieldId(), v.ordinal(), v.text(), v.number(), v.date(), v.bool()))
                    .toList();
            customFields.replace(ws, survivor, field.id(), values);
        });
    }

    /**
     * What the merge changed on the survivor: each field and custom value that differs from before, then what
     * absorbing the duplicate did beside them (notes put together, kinds).
     */
    static List<FieldChange> changes(
            Map<String, String> before,
            Map<String, String> after,
            Map<String, Object> customBefore,
            Map<String, Object> customAfter,
            List<FieldChange> absorbed) {
        List<FieldChange> changes = new ArrayList<>();
        before.forEach((field, was) -> {
            String is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        });
        Set<String> keys = new TreeSet<>(customBefore.keySet());
        keys.addAll(customAfter.keySet());
        for (String key : keys) {
            String was = MergeFields.text(customBefore.get(key));
            String is = MergeFields.text(customAfter.get(key));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(CUSTOM + key, was, is));
            }
        }
        absorbed.stream().filter(c -> !before.containsKey(c.field())).forEach(changes::add);
        return changes;
    }
}
