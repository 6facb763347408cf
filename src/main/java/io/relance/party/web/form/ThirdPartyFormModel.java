package io.relance.party.web.form;

import static io.relance.party.web.PartyPages.blank;
import static io.relance.party.web.PartyPages.nz;

import io.relance.party.ProspectStatus;
import io.relance.party.core.Tag;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldManagement;
import io.relance.party.customfield.CustomFieldType;
import io.relance.party.settings.PartySettings;
import io.relance.party.web.PartyPages;
import io.relance.shared.RelanceUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The third party's form (the new and edit pages, and the record's Details panel which shows some of its fields):
 * its values as typed, its errors beside the fields, its choices.
 */
@Component
public class ThirdPartyFormModel {

    private static final List<String> FIELDS = List.of(
            "name",
            "kind",
            "individual",
            "status",
            "potential",
            "email",
            "phone",
            "mobile",
            "website",
            "addressLine",
            "postalCode",
            "city",
            "country",
            "language",
            "notes",
            "tags",
            "ownerId");

    private final ThirdPartyManagement thirdParties;

    private final PartySettings partySettings;

    private final CustomFieldManagement customFieldManagement;
    private final PartyPages pages;

    ThirdPartyFormModel(
            ThirdPartyManagement thirdParties,
            PartyPages pages,
            CustomFieldManagement customFieldManagement,
            PartySettings partySettings) {

        this.partySettings = partySettings;

        this.customFieldManagement = customFieldManagement;
        this.thirdParties = thirdParties;
        this.pages = pages;
    }

    /** The form's values, its errors beside the fields (and {@code form} above them), its choices. */
    public void fill(
            RelanceUser me,
            Model model,
            Map<String, Object> values,
            Map<String, String> errors,
            ThirdPartyDetails editing) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        model.addAttribute("fields", customFieldManagement.customFields(me.workspaceId()));
        model.addAttribute("members", pages.members(me));
        model.addAttribute("statuses", ProspectStatus.values());
        model.addAttribute("potentials", partySettings.potentialLevels(me.workspaceId()));
        pages.addressChoices(model);
    }

    /** What the form posted, kept as typed to show it again on error. */
    Map<String, Object> posted(RelanceUser me, MultiValueMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : FIELDS) {
            values.put(key, form.getFirst(key) == null ? "" : form.getFirst(key));
        }
        for (CustomField f : customFieldManagement.customFields(me.workspaceId())) {
            List<String> posted = form.get("customFields." + f.key());
            if (f.type() == CustomFieldType.MULTI_CHOICE) {
                values.put("customFields." + f.key(), posted == null ? List.of() : posted);
            } else if (f.type() == CustomFieldType.CHECKBOX) {
                values.put("customFields." + f.key(), posted != null && posted.contains("true"));
            } else {
                values.put("customFields." + f.key(), posted == null || posted.isEmpty() ? "" : posted.get(0));
            }
        }
        return values;
    }

    /** The posted form as the changes {@code ThirdPartyChanges.fromForm} reads. */
    static Map<String, Object> changes(Map<String, Object> values, boolean creating) {
        Map<String, Object> changes = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!k.startsWith("customFields.") && !k.equals("kind") && !k.equals("individual")) {
                changes.put(k, v);
            }
        });
        String kind = String.valueOf(values.get("kind"));
        changes.put("prospect", kind.equals("prospect") || kind.equals("both"));
        changes.put("customer", kind.equals("customer") || kind.equals("both"));
        changes.put("individual", "true".equals(values.get("individual")));
        if (!creating || blank(String.valueOf(values.get("ownerId")))) {
            changes.remove("ownerId");
        }
        if (blank(String.valueOf(values.get("status")))) {
            changes.remove("status");
        }
        if (blank(String.valueOf(values.get("potential")))) {
            changes.remove("potential");
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("customFields.")) {
                custom.put(k.substring("customFields.".length()), v instanceof String s && s.isBlank() ? null : v);
            }
        });
        if (!custom.isEmpty()) {
            changes.put("customFields", custom);
        }
        return changes;
    }

    /** The form of a third party as it is. */
    public static Map<String, Object> valuesOf(ThirdPartyDetails d) {
        ThirdParty t = d.thirdParty();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", t.name());
        v.put(
                "kind",
                t.prospect() && t.customer()
                        ? "both"
                        : t.prospect() ? "prospect" : t.customer() ? "customer" : "neither");
        v.put("individual", String.valueOf(t.individual()));
        v.put("status", t.status().name());
        v.put("potential", t.potential());
        v.put("email", nz(t.email()));
        v.put("phone", nz(t.phone()));
        v.put("mobile", nz(t.mobile()));
        v.put("website", nz(t.website()));
        v.put("addressLine", nz(t.addressLine()));
        v.put("postalCode", nz(t.postalCode()));
        v.put("city", nz(t.city()));
        v.put("country", nz(t.country()));
        v.put("language", nz(t.language()));
        v.put("notes", nz(t.notes()));
        v.put("tags", String.join(", ", d.tags().stream().map(Tag::name).toList()));
        v.put("version", t.version());
        d.customFields()
                .forEach((k, value) -> v.put(
                        "customFields." + k,
                        value instanceof List<?> list
                                ? list.stream().map(String::valueOf).toList()
                                : value instanceof Boolean b ? b : String.valueOf(value)));
        return v;
    }
}
