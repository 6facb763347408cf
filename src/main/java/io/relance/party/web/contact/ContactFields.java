package io.relance.party.web.contact;

import static io.relance.party.web.PartyPages.emptyToNull;
import static io.relance.party.web.PartyPages.nz;

import io.relance.party.contact.Contact;
import io.relance.party.contact.ContactForm;
import io.relance.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contact form of the record page, every field of a contact as the browser posts it (text as typed, so it shows
 * again beside its errors); {@link #toForm()} reads it as the domain takes it.
 */
record ContactFields(
        String firstName,
        String lastName,
        String position,
        String email,
        String phone,
        String mobile,
        String addressLine,
        String postalCode,
        String city,
        String country,
        String language,
        String notes,
        String emailMarketing,
        Boolean doNotCall,
        String preferredChannel,
        String contactWindow,
        String version) {

    /** The empty form of a new contact. */
    static ContactFields empty() {
        return new ContactFields("", "", "", "", "", "", "", "", "", "", "", "", "UNKNOWN", false, "", "", null);
    }

    /** The form of a contact as it is: saving it unchanged changes nothing. */
    static ContactFields of(Contact c) {
        return new ContactFields(
                nz(c.firstName()),
                nz(c.lastName()),
                nz(c.position()),
                nz(c.email()),
                nz(c.phone()),
                nz(c.mobile()),
                nz(c.addressLine()),
                nz(c.postalCode()),
                nz(c.city()),
                nz(c.country()),
                nz(c.language()),
                nz(c.notes()),
                c.emailMarketing().name(),
                c.doNotCall(),
                nz(c.preferredChannel()),
                nz(c.contactWindow()),
                String.valueOf(c.version()));
    }

    ContactForm toForm() {
        Contact.MarketingConsent consent;
        try {
            consent = emptyToNull(emailMarketing) == null ? null : Contact.MarketingConsent.valueOf(emailMarketing);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("emailMarketing", "validation.choice");
        }
        Long checked = null;
        if (emptyToNull(version) != null) {
            try {
                checked = Long.valueOf(version.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("version", "validation.type");
            }
        }
        if (emptyToNull(lastName) == null) {
            throw new InvalidInputException("lastName", "validation.required");
        }
        return new ContactForm(
                emptyToNull(firstName),
                lastName.strip(),
                emptyToNull(position),
                emptyToNull(email),
                emptyToNull(phone),
                emptyToNull(mobile),
                emptyToNull(addressLine),
                emptyToNull(postalCode),
                emptyToNull(city),
                emptyToNull(country),
                emptyToNull(language),
                emptyToNull(notes),
                consent,
                Boolean.TRUE.equals(doNotCall),
                emptyToNull(preferredChannel),
                emptyToNull(contactWindow),
                checked);
    }

    /** The values by field name, as the form's shared fields read them. */
    Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("firstName", nz(firstName));
        v.put("lastName", nz(lastName));
        v.put("position", nz(position));
        v.put("email", nz(email));
        v.put("phone", nz(phone));
        v.put("mobile", nz(mobile));
        v.put("addressLine", nz(addressLine));
        v.put("postalCode", nz(postalCode));
        v.put("city", nz(city));
        v.put("country", nz(country));
        v.put("language", nz(language));
        v.put("notes", nz(notes));
        v.put("emailMarketing", nz(emailMarketing));
        v.put("doNotCall", Boolean.TRUE.equals(doNotCall));
        v.put("preferredChannel", nz(preferredChannel));
        v.put("contactWindow", nz(contactWindow));
        v.put("version", version);
        return v;
    }
}
