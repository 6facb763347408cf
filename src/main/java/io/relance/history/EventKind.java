package io.relance.history;

import java.util.EnumSet;
import java.util.Set;

/** What happened. Some are recorded automatically, the rest are logged by hand. */
public enum EventKind {
    CREATED,
    FIELD_CHANGED,
    STATUS_CHANGED,
    POTENTIAL_CHANGED,
    OWNER_CHANGED,
    EXCEPTION_GRANTED,
    EXCEPTION_REVOKED,
    CONTACT_ADDED,
    CONTACT_CHANGED,
    CONTACT_REMOVED,
    FILE_ADDED,
    FILE_REMOVED,
    MERGED,
    DELETED,
    RESTORED,
    NOTE,
    CALL,
    MEETING,
    VISIT,
    EMAIL,
    SMS;

    /** What a person may log by hand (the API's {@code POST …/history}). */
    public static final Set<EventKind> HAND_LOGGED = EnumSet.of(NOTE, CALL, MEETING, VISIT, EMAIL, SMS);

    /** The timeline filter groups shown on a record page; another name is a field error on {@code kind}. */
    public static Set<EventKind> group(String name) {
        return switch (name) {
            case "all" -> EnumSet.allOf(EventKind.class);
            case "notes" -> EnumSet.of(NOTE);
            case "calls" -> EnumSet.of(CALL, MEETING, VISIT);
            case "messages" -> EnumSet.of(EMAIL, SMS);
            case "changes" -> {
                // everything recorded automatically but files
                EnumSet<EventKind> changes = EnumSet.complementOf(EnumSet.copyOf(HAND_LOGGED));
                changes.removeAll(EnumSet.of(FILE_ADDED, FILE_REMOVED));
                yield changes;
            }
            case "files" -> EnumSet.of(FILE_ADDED, FILE_REMOVED);
            default -> throw new io.relance.shared.InvalidInputException("kind", "validation.choice");
        };
    }
}
