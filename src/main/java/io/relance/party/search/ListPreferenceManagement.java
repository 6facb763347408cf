package io.relance.party.search;

import io.relance.party.customfield.CustomFields;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The columns each user picked for the third-party list.
 */
@Service
public class ListPreferenceManagement {

    private final ListPreferences listPreferences;
    private final CustomFields customFields;
    private final Clock clock;

    ListPreferenceManagement(ListPreferences listPreferences, CustomFields customFields, Clock clock) {
        this.listPreferences = listPreferences;
        this.customFields = customFields;
        this.clock = clock;
    }

    // --- the list's columns, per user -------------------------------------------------------------------------

    /**
     * The columns the user picked for the third-party list, in his order; the defaults until he picks. A column
     * that no longer exists (a deleted custom field) is left out.
     */
    public List<ListColumn> listColumns(RelanceUser me) {
        return columnsOf(me.workspaceId())
                .read(listPreferences
                        .columns(me.workspaceId(), me.userId().value(), ListColumns.THIRD_PARTIES)
                        .orElse(null));
    }

    /** Every column the third-party list can show: the built-in ones, then each custom field. */
    public List<ListColumn> availableListColumns(RelanceUser me) {
        return columnsOf(me.workspaceId()).available();
    }

    /**
     * Keeps the user's choice of columns for the third-party list, in the order given. Each key must be a column
     * of the list ({@link #availableListColumns}) and the name must be among them.
     */
    @Transactional
    public List<ListColumn> chooseListColumns(RelanceUser me, List<String> keys) {
        List<ListColumn> chosen = columnsOf(me.workspaceId()).check(keys);
        listPreferences.saveColumns(
                me.workspaceId(),
                me.userId().value(),
                ListColumns.THIRD_PARTIES,
                ListColumns.store(chosen),
                clock.instant());
        return chosen;
    }

    /** Forgets the user's choice: the list shows the default columns again (and every custom field). */
    @Transactional
    public List<ListColumn> resetListColumns(RelanceUser me) {
        listPreferences.delete(me.workspaceId(), me.userId().value(), ListColumns.THIRD_PARTIES);
        return columnsOf(me.workspaceId()).defaults();
    }

    private ListColumns columnsOf(WorkspaceId ws) {
        return new ListColumns(customFields.all(ws));
    }
}
