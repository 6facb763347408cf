package io.relance.messaging;

/**
 * Where an e-mail of the outbox is: held by the contact rules until an instant (then looked at again), waiting for
 * its (next) attempt, being handed to SMTP by one node, accepted by
 * the SMTP server, given up, or interrupted during the hand-over (it may or may not have gone: a person decides).
 */
public enum MailState {
    HELD,
    QUEUED,
    SENDING,
    SENT,
    FAILED,
    UNKNOWN
}
