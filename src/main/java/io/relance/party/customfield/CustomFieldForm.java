package io.relance.party.customfield;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A custom field as an admin defines it. The key and type are fixed once created. */
public record CustomFieldForm(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "{customFields.key.invalid}")
        String key,

        @NotBlank @Size(max = 120) String label,
        CustomFieldType type,
        List<@Size(max = 100) String> options,
        Boolean required,
        Integer position,
        Long version) {}
