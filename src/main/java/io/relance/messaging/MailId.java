package io.relance.messaging;

import java.util.UUID;

/** An e-mail of the outbox. */
public record MailId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
