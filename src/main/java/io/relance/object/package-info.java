/**
 * Objects offered for sale or rent (a flat, a house, a plot, a shop…), their buyers' search profiles and the
 * matching of one against the other.
 *
 * <p>This root package is all that other modules may use (Spring Modulith keeps the sub-packages internal):
 *
 * <ul>
 *   <li>{@link io.relance.object.SalesObjectId} — an object is referenced by id, never by object;
 *   <li>{@link io.relance.object.SalesObjectSummary}, answered by {@link io.relance.object.SalesObjects} (by id or
 *       by its reference: an inquiry names the reference of a portal's listing);
 *   <li>{@link io.relance.object.SalesObjectType} and {@link io.relance.object.SalesObjectStatus};
 *   <li>the events: {@link io.relance.object.SalesObjectStatusChanged}.
 * </ul>
 *
 * <p>Inside: {@code core} (the aggregate, its table, its use cases), {@code web} (pages and the API).
 */
package io.relance.object;
