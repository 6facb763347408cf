package io.relance.history;

/** What a person may log by hand (the API's {@code POST …/history} takes these names), and its entry type. */
public enum HandLoggedType {
    NOTE(HistoryEntryTypes.NOTE),
    CALL(HistoryEntryTypes.CALL),
    MEETING(HistoryEntryTypes.MEETING),
    VISIT(HistoryEntryTypes.VISIT),
    EMAIL(HistoryEntryTypes.EMAIL),
    SMS(HistoryEntryTypes.SMS);

    private final String entryType;

    HandLoggedType(String entryType) {
        this.entryType = entryType;
    }

    /**
     * Whether it has a direction (who reached whom): a call, an e-mail or an SMS. A meeting or a visit is shared and
     * a note is the rep's own, so they have none.
     */
    public boolean hasDirection() {
        return this == CALL || this == EMAIL || this == SMS;
    }

    /**
     * Whether it has an outcome (what came of it): a call, a meeting or a visit. A note, an e-mail or an SMS is its
     * own content, so they have none.
     */
    public boolean hasOutcome() {
        return this == CALL || this == MEETING || this == VISIT;
    }

    /** The stored entry type, e.g. {@code history.call}. */
    public String entryType() {
        return entryType;
    }
}
