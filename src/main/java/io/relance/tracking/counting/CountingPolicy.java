package io.relance.tracking.counting;

import io.relance.shared.Hashes;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What counts as an open, as a rule object (each rule unit-tested, the clock passed in):
 *
 * <ul>
 *   <li>a fetch of the link (a <em>hit</em>) counts nothing: it is {@link VisitStatus#INTERNAL} for a signed-in
 *       user of the workspace, {@link VisitStatus#BOT} for a HEAD request or a known scanner or preview (user agent),
 *       {@link VisitStatus#EARLY} within {@link #deliveryWindow} of sending (a scanner on delivery, unless a script
 *       speaks up), else {@link VisitStatus#PENDING} until the page's script reports;
 *   <li>an event with {@code navigator.webdriver} makes a visit not yet counted {@link VisitStatus#AUTOMATED};
 *   <li>a visit is counted once its page was visible for {@link #threshold} (3 s) or someone interacted; it is a
 *       new open, unless the same device had an open of the subject active within {@link #sameOpenWindow} (30
 *       min), which it then extends;
 *   <li>visible time only grows, never beyond the time since the page was served (plus a small tolerance), so a
 *       replayed or inflated report changes nothing.
 * </ul>
 */
public final class CountingPolicy {

    /** What applying an event did to a visit. */
    public enum Outcome {
        /** Nothing that counts changed (ignored visit, or not enough yet). */
        NOTHING,
        /** Became a new open. */
        OPENED,
        /** Became part of the same device's recent open. */
        JOINED,
        /** Already counted: more visible time or a later sighting. */
        EXTENDED
    }

    private static final Duration TOLERANCE = Duration.ofMillis(500);
    private static final Duration LONGEST_VISIT = Duration.ofHours(12);

    final Duration threshold;
    final Duration sameOpenWindow;
    final Duration deliveryWindow;
    private final BotFilter bots;

    public CountingPolicy(BotFilter bots, Duration threshold, Duration sameOpenWindow, Duration deliveryWindow) {
        this.bots = bots;
        this.threshold = threshold;
        this.sameOpenWindow = sameOpenWindow;
        this.deliveryWindow = deliveryWindow;
    }

    public static CountingPolicy standard() {
        return new CountingPolicy(
                BotFilter.standard(), Duration.ofSeconds(3), Duration.ofMinutes(30), Duration.ofSeconds(30));
    }

    /** The status of a fresh hit. {@code sentAt}: when the link was last sent, or null. */
    public VisitStatus classifyHit(String method, String userAgent, boolean internal, Instant sentAt, Instant at) {
        if (internal) {
            return VisitStatus.INTERNAL;
        }
        if (!"GET".equals(method == null ? "" : method.toUpperCase(Locale.ROOT)) || bots.isBot(userAgent)) {
            return VisitStatus.BOT;
        }
        if (sentAt != null
                && !at.isBefore(sentAt)
                && Duration.between(sentAt, at).compareTo(deliveryWindow) < 0) {
            return VisitStatus.EARLY;
        }
        return VisitStatus.PENDING;
    }

    /**
     * Applies one script event to the visit at {@code now}. {@code recent}: the same device's latest open of the
     * subject and when it was last active (null if none) — needed only when the visit may become counted.
     */
    public Outcome apply(Visit visit, PageEvent event, Instant now, RecentOpen recent) {
        visit.lastEventAt = now;
        if (visit.device == null) {
            visit.device = deviceOf(event.device(), visit);
        }
        long servedFor = Duration.between(visit.startedAt, now).plus(TOLERANCE).toMillis();
        long reported = Math.max(0, Math.min(event.visibleMs(), Math.min(servedFor, LONGEST_VISIT.toMillis())));
        visit.visibleMs = Math.max(visit.visibleMs, reported);
        if (event.type() == PageEvent.Type.INTERACTION) {
            visit.interacted = true;
        }
        if (visit.status.settled()) {
            return Outcome.NOTHING;
        }
        if (visit.status.counted()) {
            return Outcome.EXTENDED;
        }
        if (event.webdriver()) {
            visit.status = VisitStatus.AUTOMATED;
            return Outcome.NOTHING;
        }
        boolean seen = visit.interacted || visit.visibleMs >= threshold.toMillis();
        if (!seen) {
            visit.status = VisitStatus.BRIEF;
            return Outcome.NOTHING;
        }
        if (recent != null
                && !now.isBefore(recent.lastSeenAt())
                && Duration.between(recent.lastSeenAt(), now).compareTo(sameOpenWindow) <= 0) {
            visit.status = VisitStatus.SAME_OPEN;
            visit.openId = recent.openId();
            return Outcome.JOINED;
        }
        visit.status = VisitStatus.OPEN;
        visit.openId = visit.id;
        return Outcome.OPENED;
    }

    /**
     * The device a visit is counted for: the script's random id kept in the browser's storage; without one (storage
     * blocked), a hash of the client address and user agent.
     */
    public static String deviceOf(String reported, Visit visit) {
        if (reported != null && !reported.isBlank()) {
            return reported;
        }
        String fallback = (visit.addressHash == null ? "" : visit.addressHash) + "|"
                + (visit.userAgent == null ? "" : visit.userAgent);
        return "h:" + Hashes.sha256Hex(fallback).substring(0, 32);
    }
}
