package io.relance.history;

import java.time.Instant;
import java.util.UUID;

/**
 * One outbound contact with a record's client, as its timeline holds it: a call, visit or meeting logged, an e-mail
 * or SMS sent or logged ({@code kind} the entry's type, {@code channel} as its module declared it, see
 * {@link EntryTypeProvider#outboundContactChannels()}), by {@code actorId} (null when none), at {@code at}.
 */
public record OutboundContact(String kind, String channel, UUID actorId, Instant at) {}
