package io.relance.party;

import io.relance.history.EntryType;
import io.relance.history.EntryTypeProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** The timeline entries the party module records, and how the record page shows them (templates/party/entries). */
@Component
public class PartyEntryTypes implements EntryTypeProvider {

    public static final String CREATED = "party.created";
    public static final String FIELD_CHANGED = "party.field-changed";
    public static final String STATUS_CHANGED = "party.status-changed";
    public static final String POTENTIAL_CHANGED = "party.potential-changed";
    public static final String OWNER_CHANGED = "party.owner-changed";
    public static final String EXCEPTION_GRANTED = "party.exception-granted";
    public static final String EXCEPTION_REVOKED = "party.exception-revoked";
    public static final String CONTACT_ADDED = "party.contact-added";
    public static final String CONTACT_CHANGED = "party.contact-changed";
    public static final String CONTACT_REMOVED = "party.contact-removed";
    public static final String MERGED = "party.merged";
    public static final String DELETED = "party.deleted";
    public static final String RESTORED = "party.restored";
    public static final String BECAME_CUSTOMER = "party.became-customer";

    @Override
    public List<EntryType> entryTypes() {
        return List.of(
                type(CREATED, "summary"),
                type(FIELD_CHANGED, "field-changes"),
                type(STATUS_CHANGED, "status-changed"),
                type(POTENTIAL_CHANGED, "potential-changed"),
                type(OWNER_CHANGED, "summary"),
                type(EXCEPTION_GRANTED, "summary"),
                type(EXCEPTION_REVOKED, "summary"),
                type(CONTACT_ADDED, "summary"),
                type(CONTACT_CHANGED, "summary"),
                type(CONTACT_REMOVED, "summary"),
                type(MERGED, "field-changes"),
                type(DELETED, "summary"),
                type(RESTORED, "summary"),
                type(BECAME_CUSTOMER, "field-changes"));
    }

    private static EntryType type(String key, String fragment) {
        String name = key.substring(key.indexOf('.') + 1);
        return new EntryType(key, "changes", "thirdparty.entry." + name, "party/entries", fragment);
    }
}
