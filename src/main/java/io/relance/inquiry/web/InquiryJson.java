package io.relance.inquiry.web;

import io.relance.inquiry.core.Inquiry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An inquiry as the API shows it. */
record InquiryJson(
        UUID id,
        long version,
        String status,
        String channel,
        String source,
        String objectReference,
        String email,
        String firstName,
        String lastName,
        String phone,
        String message,
        String language,
        List<String> unmatchedReasons,
        String failure,
        UUID objectId,
        UUID thirdpartyId,
        UUID contactId,
        boolean contactCreated,
        Instant receivedAt,
        Instant processedAt,
        UUID processedBy) {

    static InquiryJson of(Inquiry i) {
        var f = i.form();
        return new InquiryJson(
                i.id().value(),
                i.version(),
                i.status().name(),
                i.channel().name(),
                f.source(),
                f.objectReference(),
                f.email(),
                f.firstName(),
                f.lastName(),
                f.phone(),
                f.message(),
                f.language(),
                i.reasonList().stream().map(Enum::name).toList(),
                i.failure(),
                i.objectId(),
                i.thirdPartyId(),
                i.contactId(),
                i.contactCreated(),
                i.receivedAt(),
                i.processedAt(),
                i.processedBy());
    }
}
