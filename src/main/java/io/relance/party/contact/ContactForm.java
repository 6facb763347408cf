package io.relance.party.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact as the API and the record page take it. {@code version} is required to change one. */
public record ContactForm(
        @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String position,

        @Email(message = "{validation.email}") @Size(max = 254)
        String email,

        @Size(max = 40) String phone,
        @Size(max = 40) String mobile,
        @Size(max = 300) String addressLine,
        @Size(max = 20) String postalCode,
        @Size(max = 120) String city,

        @Pattern(regexp = "[A-Za-z]{2}", message = "{validation.country}")
        String country,

        @Pattern(regexp = "[a-z]{2}", message = "{validation.language}")
        String language,

        @Size(max = 20000) String notes,
        Contact.MarketingConsent emailMarketing,
        Boolean doNotCall,

        @Pattern(regexp = "PHONE|EMAIL|SMS|VISIT", message = "{validation.choice}")
        String preferredChannel,

        @Size(max = 120) String contactWindow,
        Long version) {}
