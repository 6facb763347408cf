package io.relance.party;

import io.relance.shared.RelanceUser;
import java.time.Instant;
import java.util.List;

/**
 * What to warn a user about as he logs an outbound contact with a third party (a bean of the module that keeps the
 * contact rules): the contact is recorded all the same, and the warnings answer with it (the API's {@code warnings},
 * the record page's log box).
 */
public interface ContactWarnings {

    /** One rule the contact breaks: its name and why, in the user's language, with when it would have been allowed. */
    record Warning(String rule, String message) {}

    /**
     * The warnings about a contact through {@code channel} ({@code CALL}, {@code MEETING}, {@code VISIT},
     * {@code EMAIL}, {@code SMS}) at {@code at}, asked before it is recorded (so it does not count itself).
     */
    List<Warning> beforeLogging(RelanceUser me, ThirdPartyId thirdParty, String channel, Instant at);
}
