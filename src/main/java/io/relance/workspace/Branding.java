package io.relance.workspace;

import io.relance.shared.WorkspaceId;
import java.util.Base64;
import java.util.UUID;

/**
 * How a workspace presents itself on its documents (quotes): the company's name, address, contacts, legal details,
 * bank details, a footer and a logo. Every text may be null (not filled in); {@link #version} 0 means never saved.
 */
public record Branding(
        WorkspaceId workspaceId,
        String companyName,
        String addressLine,
        String postalCode,
        String city,
        String country,
        String phone,
        String email,
        String website,
        String registrationNumber,
        String vatNumber,
        String legalForm,
        String bankName,
        String iban,
        String bic,
        String footerText,
        Logo logo,
        long version) {

    /** The nothing-filled-in branding of a workspace that never saved one. */
    static Branding empty(WorkspaceId workspace) {
        return new Branding(
                workspace, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, 0);
    }

    /**
     * A checked logo: PNG or JPEG, small; {@code id} changes with each upload (so an address naming it may be cached
     * for ever), {@code bytes} may be empty when only its description was read.
     */
    public record Logo(UUID id, String contentType, int width, int height, byte[] bytes) {

        /** The image as a {@code data:} URI: documents embed it, they never fetch an address. */
        public String dataUri() {
            return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }
    }
}
