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

    /** The stored entry type, e.g. {@code history.call}. */
    public String entryType() {
        return entryType;
    }
}
