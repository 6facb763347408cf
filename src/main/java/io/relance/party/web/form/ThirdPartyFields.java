package io.relance.party.web.form;

import static io.relance.party.web.PartyPages.blank;
import static io.relance.party.web.PartyPages.nz;

import io.relance.party.core.Tag;
import io.relance.party.core.ThirdParty;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The new and edit pages' form (bound with {@code th:object}), every field as the browser posts it, text as typed so
 * it shows again beside its errors. A custom field posts {@code customFields[key]} (a checkbox: a hidden
 * {@code false} then {@code true} when ticked; a multi-choice: an empty marker), and each ticked choice of a
 * multi-choice {@code customChoices=key=choice}: a custom field the form does not post is left as it is.
 */
public record ThirdPartyFields(
        String name,
        String kind,
        String individual,
        String status,
        String potential,
        String email,
        String phone,
        String mobile,
        String website,
        String addressLine,
        String postalCode,
        String city,
        String country,
        String language,
        String notes,
        String tags,
        String ownerId,
        String version,
        Map<String, String> customFields,
        List<String> customChoices) {

    public ThirdPartyFields {
        customFields = customFields == null ? Map.of() : customFields;
        customChoices = customChoices == null ? List.of() : customChoices;
    }

    /** The facts the record page's Details panel shows (and changes, alone), all of them in this form too. */
    public static final List<String> FACTS =
            List.of("email", "phone", "mobile", "website", "addressLine", "postalCode", "city", "country", "language");

    /** The empty form of a new third party: a prospect in the workspace's country, owned by its creator. */
    static ThirdPartyFields empty(String country, String ownerId) {
        return new ThirdPartyFields(
                "",
                "prospect",
                "false",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                country,
                "",
                "",
                "",
                ownerId,
                null,
                Map.of(),
                List.of());
    }

    /** The form of a third party as it is: saving it unchanged changes nothing. */
    public static ThirdPartyFields of(ThirdPartyDetails d) {
        ThirdParty t = d.thirdParty();
        Map<String, String> custom = new LinkedHashMap<>();
        List<String> choices = new java.util.ArrayList<>();
        d.customFields().forEach((key, value) -> {
            if (value instanceof List<?> list) {
                custom.put(key, "");
                list.forEach(choice -> choices.add(key + "=" + choice));
            } else {
                custom.put(key, value == null ? "" : String.valueOf(value));
            }
        });
        return new ThirdPartyFields(
                t.name(),
                t.prospect() && t.customer()
                        ? "both"
                        : t.prospect() ? "prospect" : t.customer() ? "customer" : "neither",
                String.valueOf(t.individual()),
                t.status().name(),
                t.potential(),
                nz(t.email()),
                nz(t.phone()),
                nz(t.mobile()),
                nz(t.website()),
                nz(t.addressLine()),
                nz(t.postalCode()),
                nz(t.city()),
                nz(t.country()),
                nz(t.language()),
                nz(t.notes()),
                String.join(", ", d.tags().stream().map(Tag::name).toList()),
                null,
                String.valueOf(t.version()),
                custom,
                choices);
    }

    /** The same form, to be saved against this version next (after the user was told of a newer one). */
    public ThirdPartyFields at(long newVersion) {
        return new ThirdPartyFields(
                name,
                kind,
                individual,
                status,
                potential,
                email,
                phone,
                mobile,
                website,
                addressLine,
                postalCode,
                city,
                country,
                language,
                notes,
                tags,
                ownerId,
                String.valueOf(newVersion),
                customFields,
                customChoices);
    }

    /** A checkbox custom field is ticked. */
    public boolean ticked(String key) {
        return Arrays.asList(nz(customFields.get(key)).split(",")).contains("true");
    }

    /** A choice of a multi-choice custom field is ticked. */
    public boolean chosen(String key, String choice) {
        return customChoices.contains(key + "=" + choice);
    }

    /**
     * The changes of the Details panel, which posts the {@link #FACTS} and the version only: every fact (blank:
     * cleared), nothing else.
     */
    public Map<String, Object> factChanges() {
        Map<String, Object> changes = changes(false, List.of());
        changes.keySet().retainAll(FACTS);
        changes.put("version", blank(version) ? null : version.strip());
        return changes;
    }

    /** The posted form as the changes {@code ThirdPartyChanges.fromForm} reads; the owner only when creating. */
    Map<String, Object> changes(boolean creating, List<CustomField> fields) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("name", nz(name));
        String k = nz(kind);
        changes.put("prospect", k.equals("prospect") || k.equals("both"));
        changes.put("customer", k.equals("customer") || k.equals("both"));
        changes.put("individual", "true".equals(individual));
        if (!blank(status)) {
            changes.put("status", status);
        }
        if (!blank(potential)) {
            changes.put("potential", potential);
        }
        changes.put("email", nz(email));
        changes.put("phone", nz(phone));
        changes.put("mobile", nz(mobile));
        changes.put("website", nz(website));
        changes.put("addressLine", nz(addressLine));
        changes.put("postalCode", nz(postalCode));
        changes.put("city", nz(city));
        changes.put("country", nz(country));
        changes.put("language", nz(language));
        changes.put("notes", nz(notes));
        changes.put("tags", nz(tags));
        if (creating && !blank(ownerId)) {
            changes.put("ownerId", ownerId);
        }
        if (!creating) {
            changes.put("version", blank(version) ? null : version.strip());
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        Map<String, CustomField> byKey = new LinkedHashMap<>();
        fields.forEach(f -> byKey.put(f.key(), f));
        customFields.forEach((key, value) -> {
            CustomField f = byKey.get(key);
            if (f != null && f.type() == CustomFieldType.MULTI_CHOICE) {
                custom.put(
                        key,
                        customChoices.stream()
                                .filter(c -> c.startsWith(key + "="))
                                .map(c -> c.substring(key.length() + 1))
                                .toList());
            } else if (f != null && f.type() == CustomFieldType.CHECKBOX) {
                custom.put(key, ticked(key));
            } else {
                custom.put(key, value == null || value.isBlank() ? null : value);
            }
        });
        if (!custom.isEmpty()) {
            changes.put("customFields", custom);
        }
        return changes;
    }
}
