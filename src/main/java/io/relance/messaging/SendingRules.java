package io.relance.messaging;

import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/**
 * An extension point (a bean of the module that keeps the contact rules): whether a message a user sends to a third
 * party's client may go at {@code at}, must wait, or must not go at all. Without such a bean every message goes.
 * {@link Outbox#enqueue} asks it for e-mails about a third party, and the delivery job asks again when a held
 * e-mail's time comes.
 */
public interface SendingRules {

    /**
     * The verdict on a message by {@code sender} (null: Relance itself) to the third party {@code thirdParty}
     * through {@code channel} ({@code EMAIL}, later {@code SMS}), a marketing send or not.
     */
    SendVerdict judge(WorkspaceId ws, UUID thirdParty, UserId sender, String channel, boolean marketing, Instant at);
}
