/**
 * What counts as an open: the counting policy, the list of scanners and previews, the visits, and the buffer that
 * records the page's events in batches (flushed on a clean stop).
 */
package io.relance.tracking.counting;
