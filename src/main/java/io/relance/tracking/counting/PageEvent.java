package io.relance.tracking.counting;

import java.util.UUID;

/**
 * What the page's script reports: its visit, its device (null when the browser keeps no storage), what happened,
 * the time the page has been visible so far (milliseconds, cumulative for the visit) and
 * {@code navigator.webdriver}.
 */
public record PageEvent(UUID visitId, String device, Type type, long visibleMs, boolean webdriver) {

    public enum Type {
        VISIBLE,
        INTERACTION,
        HEARTBEAT,
        HIDDEN
    }
}
