package io.relance.quote;

import io.relance.history.EntryType;
import io.relance.history.EntryTypeProvider;
import io.relance.history.Target;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The timeline entries of quotes (templates/quote/entries), each shown on the quote's timeline and on its third
 * party's. Other modules that record a quote's events (tracking's "opened") use {@link #target} as the primary
 * record.
 */
@Component
public class QuoteEntryTypes implements EntryTypeProvider {

    /** The history target type of a quote. */
    public static final String TARGET = "QUOTE";

    public static final String CREATED = "quote.created";
    public static final String SENT = "quote.sent";
    public static final String REVISED = "quote.revised";
    public static final String ACCEPTED = "quote.accepted";
    public static final String DECLINED = "quote.declined";
    public static final String EXPIRED = "quote.expired";
    public static final String CANCELLED = "quote.cancelled";
    /** The client opened the link (a counted open, the tracking module's). */
    public static final String OPENED = "quote.opened";
    /** The client asked a question on the public page. */
    public static final String QUESTION = "quote.question";

    public static Target target(QuoteId id) {
        return new Target(TARGET, id.value());
    }

    public static Target target(UUID id) {
        return new Target(TARGET, id);
    }

    @Override
    public List<EntryType> entryTypes() {
        return List.of(
                type(CREATED, "changes"),
                type(SENT, "messages"),
                type(REVISED, "changes"),
                type(ACCEPTED, "changes"),
                type(DECLINED, "changes"),
                type(EXPIRED, "changes"),
                type(CANCELLED, "changes"),
                type(OPENED, "messages"),
                type(QUESTION, "messages"));
    }

    private static EntryType type(String key, String group) {
        return new EntryType(
                key, group, "quote.entry." + key.substring(key.indexOf('.') + 1), "quote/entries", "entry");
    }
}
