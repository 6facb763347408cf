package io.relance.inquiry.core;

import io.relance.inquiry.InquiryId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One inquiry: what came ({@code form}, and {@code raw}, the XML or e-mail as it came), how, and what it was matched
 * to. Its transitions: {@link #matched} (by itself), {@link #waiting} (for a person, with the reasons),
 * {@link #failed} (unreadable), {@link #processed} (by a person, from the inbox).
 */
public record Inquiry(
        InquiryId id,
        long version,
        InquiryStatus status,
        InquiryChannel channel,
        InquiryForm form,
        Set<UnmatchedReason> reasons,
        String failure,
        String raw,
        String messageId,
        UUID objectId,
        UUID thirdPartyId,
        UUID contactId,
        boolean contactCreated,
        Instant receivedAt,
        UUID receivedBy,
        Instant processedAt,
        UUID processedBy) {

    public Inquiry {
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
    }

    /** A new inquiry as it came, before any matching. */
    static Inquiry received(
            InquiryId id, InquiryChannel channel, InquiryForm form, String raw, String messageId, UUID by, Instant at) {
        return fresh(id, InquiryStatus.UNMATCHED, channel, form, null, raw, messageId, by, at);
    }

    /** Matched by itself as it came: its contact (made for it or not) and its object (null when none was named). */
    Inquiry matched(UUID object, UUID thirdParty, UUID contact, boolean created) {
        return with(InquiryStatus.MATCHED, Set.of(), object, thirdParty, contact, created, null, null);
    }

    /** Waits in the inbox for a person, for these reasons. */
    Inquiry waiting(Set<UnmatchedReason> why) {
        return with(InquiryStatus.UNMATCHED, why, null, null, null, false, null, null);
    }

    /** Assigned by a person from the inbox: its contact and its object (null when none). */
    Inquiry processed(UUID object, UUID thirdParty, UUID contact, boolean created, UUID by, Instant at) {
        if (!waits()) {
            throw new IllegalStateException("Only an inquiry in the inbox is processed: " + status);
        }
        return with(InquiryStatus.PROCESSED, Set.of(), object, thirdParty, contact, created, by, at);
    }

    /** Could not be read (malformed XML, an e-mail without an inquiry): kept with why, for a person to see. */
    static Inquiry failed(
            InquiryId id, InquiryChannel channel, String why, String raw, String messageId, UUID by, Instant at) {
        InquiryForm none = new InquiryForm(null, null, null, null, null, null, null, null);
        return fresh(id, InquiryStatus.FAILED, channel, none, why, raw, messageId, by, at);
    }

    private static Inquiry fresh(
            InquiryId id,
            InquiryStatus status,
            InquiryChannel channel,
            InquiryForm form,
            String failure,
            String raw,
            String messageId,
            UUID by,
            Instant at) {
        return new Inquiry(
                id, 0, status, channel, form, Set.of(), failure, raw, messageId, null, null, null, false, at, by, null,
                null);
    }

    /** In the inbox: a person has something to do. */
    public boolean waits() {
        return status == InquiryStatus.UNMATCHED;
    }

    /** The reasons in a stable order. */
    public List<UnmatchedReason> reasonList() {
        return reasons.stream().sorted().toList();
    }

    private Inquiry with(
            InquiryStatus s,
            Set<UnmatchedReason> why,
            UUID object,
            UUID thirdParty,
            UUID contact,
            boolean created,
            UUID by,
            Instant at) {
        return new Inquiry(
                id,
                version,
                s,
                channel,
                form,
                why,
                failure,
                raw,
                messageId,
                object,
                thirdParty,
                contact,
                created,
                receivedAt,
                receivedBy,
                at,
                by);
    }
}
