package io.relance.party.web.api;

import io.relance.party.search.ListColumn;
import io.relance.party.search.ListPreferenceManagement;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/preferences/lists/thirdparties}: the columns the signed-in user sees in the third-party list. */
@RestController
@RequestMapping("/api/v1/preferences/lists/thirdparties")
@Tag(name = "Preferences", description = "What the signed-in user chose to see")
record ListPreferencesApiController(ListPreferenceManagement listPreferenceManagement, MessageSource messages) {

    /** A column: its key ({@code cf.<key>} for a custom field) and its label in the user's language. */
    record ColumnView(String key, String label) {}

    /** The keys shown, in order, and every column the list can show. */
    record ColumnsView(List<String> columns, List<ColumnView> available) {}

    record ColumnsBody(List<String> columns) {}

    @GetMapping
    @Operation(summary = "The signed-in user's columns of the third-party list (the defaults until he picks)")
    ColumnsView columns(@AuthenticationPrincipal RelanceUser me) {
        return view(me, listPreferenceManagement.listColumns(me));
    }

    @PutMapping
    @Operation(summary = "Choose the columns of the third-party list, in order: keys from available; name is required")
    ColumnsView choose(@AuthenticationPrincipal RelanceUser me, @RequestBody(required = false) ColumnsBody body) {
        return view(me, listPreferenceManagement.chooseListColumns(me, body == null ? null : body.columns()));
    }

    @DeleteMapping
    @Operation(summary = "Forget the choice: the default columns again")
    ColumnsView reset(@AuthenticationPrincipal RelanceUser me) {
        return view(me, listPreferenceManagement.resetListColumns(me));
    }

    private ColumnsView view(RelanceUser me, List<ListColumn> shown) {
        return new ColumnsView(
                shown.stream().map(ListColumn::key).toList(),
                listPreferenceManagement.availableListColumns(me).stream()
                        .map(c -> new ColumnView(c.key(), label(c)))
                        .toList());
    }

    private String label(ListColumn column) {
        return column.custom()
                ? column.label()
                : messages.getMessage(
                        "thirdparty.col." + column.key(), null, column.key(), LocaleContextHolder.getLocale());
    }
}
