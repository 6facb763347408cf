package io.relance.party.web.contact;

import io.relance.party.ThirdPartyId;
import io.relance.party.contact.Contact;
import io.relance.party.web.PartyPages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * What the contacts panel of a record page ({@code party/contact :: contacts}) reads: the contacts, and the values of
 * each of its forms, every one drawn by the same fragment ({@code party/contact :: contactForm}).
 */
public final class ContactsPanel {

    /** The key of the new contact's form among the forms. */
    static final String NEW = "new";

    private ContactsPanel() {}

    /** The panel as it is: each contact's form holding the contact, the new contact's empty. */
    public static void fill(Model model, ThirdPartyId id, List<Contact> contacts, PartyPages pages) {
        Map<String, Map<String, Object>> forms = new LinkedHashMap<>();
        Map<String, Map<String, String>> errors = new LinkedHashMap<>();
        contacts.forEach(c -> forms.put(c.id().toString(), ContactFields.of(c).values()));
        forms.put(NEW, ContactFields.empty().values());
        forms.keySet().forEach(key -> errors.put(key, Map.of()));
        model.addAttribute("contacts", contacts);
        model.addAttribute("recordId", id.value());
        model.addAttribute("contactForms", forms);
        model.addAttribute("contactErrors", errors);
        pages.addressChoices(model);
    }

    /**
     * One form open again as typed, its errors beside its fields and any other above it. After a stale version, the
     * form is checked against the contact's current version next (the user was told).
     */
    static void reopen(Model model, String which, ContactFields typed, Map<String, String> errors, boolean stale) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> forms = (Map<String, Map<String, Object>>) model.getAttribute("contactForms");
        Map<String, Object> values = typed.values();
        if (stale && forms.containsKey(which)) {
            values.put("version", forms.get(which).get("version"));
        }
        forms.put(which, values);
        Map<String, String> besideFields = new LinkedHashMap<>(errors);
        besideFields.keySet().retainAll(values.keySet());
        Map<String, String> others = new LinkedHashMap<>(errors);
        others.keySet().removeAll(values.keySet());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> allErrors =
                (Map<String, Map<String, String>>) model.getAttribute("contactErrors");
        allErrors.put(which, besideFields);
        model.addAttribute("contactFormFor", which);
        model.addAttribute("contactFormError", others.isEmpty() ? null : String.join(" ", others.values()));
    }
}
