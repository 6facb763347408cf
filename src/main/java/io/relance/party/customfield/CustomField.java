package io.relance.party.customfield;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A field an admin added to third parties: a key (used in the API and filters), a label, a type. */
public record CustomField(
        UUID id,
        String key,
        String label,
        CustomFieldType type,
        List<String> options,
        boolean required,
        int position,
        Instant createdAt,
        long version) {}
