package io.relance.party.core;

import io.relance.history.FieldChange;
import java.util.List;
import java.util.Objects;

/** How a third party's changes are written down: a field that really changed, a blank one filled by a merge. */
final class FieldChanges {

    private FieldChanges() {}

    /** {@code after}, noting the change in {@code done} when it differs from {@code before}. */
    static <T> T set(List<FieldChange> done, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            done.add(new FieldChange(
                    field, before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
        return after;
    }

    /** {@code mine}, or {@code theirs} (noted in {@code filled}) when mine is blank. */
    static String fill(List<FieldChange> filled, String field, String mine, String theirs) {
        if ((mine == null || mine.isBlank()) && theirs != null && !theirs.isBlank()) {
            filled.add(new FieldChange(field, mine, theirs));
            return theirs;
        }
        return mine;
    }
}
