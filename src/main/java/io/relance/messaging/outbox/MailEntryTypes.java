package io.relance.messaging.outbox;

import io.relance.history.EntryType;
import io.relance.history.EntryTypeProvider;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The timeline entries of e-mails (templates/messaging/entries): recorded by the delivery job on the record the
 * e-mail was about and on the records its sender linked (a quote and its third party).
 */
@Component
public class MailEntryTypes implements EntryTypeProvider {

    public static final String SENT = "messaging.mail-sent";
    public static final String FAILED = "messaging.mail-failed";
    /** An e-mail Relance would have sent on its own (an acceptance's confirmation) but did not: no mail, no address. */
    public static final String SKIPPED = "messaging.mail-skipped";
    /** An e-mail to a third party the contact rules hold until they allow it. */
    public static final String HELD = "messaging.mail-held";
    /** A held e-mail a manager sent at once, with his reason. */
    public static final String RELEASED = "messaging.mail-released";

    @Override
    public List<EntryType> entryTypes() {
        return List.of(
                new EntryType(SENT, "messages", "messaging.entry.mail-sent", "messaging/entries", "mail"),
                new EntryType(FAILED, "messages", "messaging.entry.mail-failed", "messaging/entries", "mail"),
                new EntryType(SKIPPED, "messages", "messaging.entry.mail-skipped", "messaging/entries", "skipped"),
                new EntryType(HELD, "messages", "messaging.entry.mail-held", "messaging/entries", "held"),
                new EntryType(RELEASED, "messages", "messaging.entry.mail-released", "messaging/entries", "held"));
    }

    /** An e-mail sent to the client is an outbound contact (the contact rules count it). */
    @Override
    public Map<String, String> outboundContactChannels() {
        return Map.of(SENT, "EMAIL");
    }
}
