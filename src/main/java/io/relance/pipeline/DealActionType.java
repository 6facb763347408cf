package io.relance.pipeline;

import java.util.Locale;

/**
 * What can be logged on a deal. The pipeline's own actions are timeline entry types of this module
 * ({@code pipeline.visit}…); a call, an e-mail and a note are the history module's own entries, put on the deal.
 * A pipeline's rules move a deal from an action type to a phase.
 */
public enum DealActionType {
    MATCHING_EMAIL("pipeline.matching-email", "EMAIL"),
    INQUIRY("pipeline.inquiry", null),
    INQUIRY_ANSWERED("pipeline.inquiry-answered", "EMAIL"),
    DOCUMENTATION_SENT("pipeline.documentation-sent", "EMAIL"),
    VISIT("pipeline.visit", "VISIT"),
    RESERVATION("pipeline.reservation", null),
    PURCHASE_CONFIRMATION("pipeline.purchase-confirmation", null),
    NOTARIAL_CERTIFICATION("pipeline.notarial-certification", null),
    REFUSAL("pipeline.refusal", null),
    CALL("history.call", null),
    EMAIL("history.email", null),
    NOTE("history.note", null);

    /** The rule key of a visit on a deal that already had one. */
    public static final String SECOND_VISIT = "SECOND_VISIT";

    private final String entryType;
    private final String contactChannel;

    DealActionType(String entryType, String contactChannel) {
        this.entryType = entryType;
        this.contactChannel = contactChannel;
    }

    /** The timeline entry type it is recorded as. */
    public String entryType() {
        return entryType;
    }

    /** Whether this module owns its entry type (the others are the history module's). */
    public boolean ownEntry() {
        return entryType.startsWith("pipeline.");
    }

    /** The contact channel it counts as for the contact rules (null: not an outbound contact). */
    public String contactChannel() {
        return contactChannel;
    }

    /** The type of this name, any case; null for none or an unknown one. */
    public static DealActionType parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
