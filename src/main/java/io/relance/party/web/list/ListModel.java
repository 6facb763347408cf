package io.relance.party.web.list;

import io.relance.party.ProspectStatus;
import io.relance.party.search.ListColumn;
import io.relance.party.search.ListPreferenceManagement;
import io.relance.party.search.SegmentManagement;
import io.relance.party.settings.PartySettings;
import io.relance.party.web.PartyPages;
import io.relance.shared.RelanceUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the list page, its rows and a row read: the user's columns and the choices of their cells and filters. */
@Component
class ListModel {

    private final ListPreferenceManagement listPreferenceManagement;
    private final SegmentManagement segmentManagement;
    private final PartySettings partySettings;
    private final PartyPages pages;

    ListModel(
            ListPreferenceManagement listPreferenceManagement,
            SegmentManagement segmentManagement,
            PartySettings partySettings,
            PartyPages pages) {
        this.listPreferenceManagement = listPreferenceManagement;
        this.segmentManagement = segmentManagement;
        this.partySettings = partySettings;
        this.pages = pages;
    }

    /** What the list, its rows and a row need; answers the columns the user sees. */
    List<ListColumn> fill(RelanceUser me, Model model) {
        List<ListColumn> columns = listPreferenceManagement.listColumns(me);
        model.addAttribute("columns", columns);
        model.addAttribute("statuses", ProspectStatus.values());
        model.addAttribute("potentials", pages.potentials(me));
        model.addAttribute("members", pages.members(me));
        model.addAttribute("tags", partySettings.tags(me.workspaceId()));
        model.addAttribute("segments", segmentManagement.segments(me));
        model.addAttribute("fields", pages.customFields(me));
        return columns;
    }

    /** The columns as the "Columns" form lists them: those shown, in their order, then the others. */
    List<ListColumn> pickerColumns(RelanceUser me, List<ListColumn> shown) {
        List<String> shownKeys = shown.stream().map(ListColumn::key).toList();
        List<ListColumn> picker = new ArrayList<>(shown);
        listPreferenceManagement.availableListColumns(me).stream()
                .filter(c -> !shownKeys.contains(c.key()))
                .forEach(picker::add);
        return picker;
    }

    /**
     * What a filter chip shows instead of its raw value: a person's name, a level's label, yes or no, a custom
     * field's choice by its label.
     */
    Map<String, String> chipText(RelanceUser me, ListLinks links) {
        Map<String, String> text = new LinkedHashMap<>();
        for (ListLinks.Chip c : links.chips()) {
            String key = c.param() + "=" + c.value();
            switch (c.param()) {
                case "status" -> {
                    try {
                        text.put(key, pages.text("status." + ProspectStatus.valueOf(c.value())));
                    } catch (IllegalArgumentException e) {
                        // shown as typed; the filter error says what is wrong
                    }
                }
                case "owner" -> {
                    if (c.value().equals("me")) {
                        text.put(key, pages.text("thirdparty.filter.me"));
                    } else {
                        pages.membersById(me).values().stream()
                                .filter(u -> u.id().value().toString().equals(c.value()))
                                .findFirst()
                                .ifPresent(u -> text.put(key, u.displayName()));
                    }
                }
                case "potential" -> {
                    String label = pages.potentialLabels(me).get(c.value());
                    if (label != null) {
                        text.put(key, label);
                    }
                }
                case "prospect", "customer", "individual", "deleted" -> {
                    if (c.value().equals("true") || c.value().equals("false")) {
                        text.put(key, pages.text("thirdparty." + (c.value().equals("true") ? "yes" : "no")));
                    }
                }
                default -> {
                    // a choice of a custom field: its label in the reader's language
                    String fieldKey = c.param().startsWith("cf.") ? c.param().substring(3) : null;
                    pages.customFields(me).stream()
                            .filter(f -> f.key().equals(fieldKey) && f.type().choices())
                            .findFirst()
                            .ifPresent(f -> text.put(key, f.choiceIn(c.value(), LocaleContextHolder.getLocale())));
                }
            }
        }
        return text;
    }
}
