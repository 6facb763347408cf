package io.relance.party.web.merge;

import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.customfield.CustomField;
import io.relance.party.merge.MergeFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of the merge page: its values on both records as stored (the page formats them as the record page does),
 * and, where they differ, a choice of the value the survivor keeps.
 *
 * @param field the pick's name ({@code email}, {@code customFields.budget}; see {@link MergeFields})
 */
public record MergeRow(String field, String label, String mine, String theirs) {

    /** Whether the two differ: the user then picks one. */
    public boolean differ() {
        return !Objects.equals(mine, theirs);
    }

    /** The choice offered first: the survivor's value, unless it is empty. */
    public boolean takesTheirs() {
        return mine == null && theirs != null;
    }

    /** The field's name as an HTML id. */
    public String htmlId() {
        return field.replace('.', '-');
    }

    /** Every field a merge compares, built-in ones (labelled by {@code label}) then custom ones. */
    static List<MergeRow> of(
            ThirdPartyDetails survivor,
            ThirdPartyDetails duplicate,
            List<CustomField> fields,
            Function<String, String> label) {
        List<MergeRow> rows = new ArrayList<>();
        for (String f : MergeFields.BUILT_IN) {
            rows.add(new MergeRow(
                    f,
                    label.apply("thirdparty." + (f.equals("addressLine") ? "address" : f)),
                    MergeFields.value(survivor.thirdParty(), f),
                    MergeFields.value(duplicate.thirdParty(), f)));
        }
        for (CustomField f : fields) {
            rows.add(new MergeRow(
                    MergeFields.CUSTOM + f.key(),
                    f.label(),
                    MergeFields.text(survivor.customFields().get(f.key())),
                    MergeFields.text(duplicate.customFields().get(f.key()))));
        }
        return rows;
    }
}
