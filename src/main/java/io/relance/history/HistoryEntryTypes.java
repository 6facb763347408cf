package io.relance.history;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The entry types the history module records itself: what people log by hand, and files. */
@Component
class HistoryEntryTypes implements EntryTypeProvider {

    static final String NOTE = "history.note";
    static final String CALL = "history.call";
    static final String MEETING = "history.meeting";
    static final String VISIT = "history.visit";
    static final String EMAIL = "history.email";
    static final String SMS = "history.sms";
    static final String FILE_ADDED = "history.file-added";
    static final String FILE_REMOVED = "history.file-removed";

    @Override
    public List<EntryType> entryTypes() {
        return List.of(
                type(NOTE, "notes"),
                type(CALL, "calls"),
                type(MEETING, "calls"),
                type(VISIT, "calls"),
                type(EMAIL, "messages"),
                type(SMS, "messages"),
                type(FILE_ADDED, "files"),
                type(FILE_REMOVED, "files"));
    }

    /** What people log by hand that reaches the client: calls, meetings, visits, e-mails and SMS (not inbound). */
    @Override
    public Map<String, String> outboundContactChannels() {
        return Map.of(CALL, "CALL", MEETING, "MEETING", VISIT, "VISIT", EMAIL, "EMAIL", SMS, "SMS");
    }

    private static EntryType type(String key, String group) {
        return new EntryType(
                key, group, "history.entry." + key.substring(key.indexOf('.') + 1), "history/entries", "default");
    }
}
