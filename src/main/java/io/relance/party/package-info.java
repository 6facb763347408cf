/**
 * Third parties (prospects and customers), their contacts, codes, statuses, tags, custom fields, ownership, merge.
 *
 * <p>This root package is all that other modules may use (Spring Modulith keeps the sub-packages internal):
 *
 * <ul>
 *   <li>{@link io.relance.party.ThirdPartyId} — a third party is referenced by id, never by object;
 *   <li>{@link io.relance.party.ThirdPartySummary} and {@link io.relance.party.ThirdPartyLookup} — what others may
 *       read of one (code, name, owner, status, kind), never the mutable aggregate;
 *   <li>{@link io.relance.party.ThirdPartyAccess} — who may see a third party, as a Java check and as an SQL
 *       predicate for lists that join {@code third_parties} (quotes, tasks, deals);
 *   <li>{@link io.relance.party.ThirdPartyTags} — a tag put on or taken off by another module's rule (a
 *       classification's);
 *   <li>{@link io.relance.party.ProspectStatus}, and {@link io.relance.party.ProspectStatuses} — the status as
 *       other modules' rules set it (never over {@code DO_NOT_CONTACT});
 *   <li>{@link io.relance.party.ContactPreferences} — what a contact asked about being contacted (do not call,
 *       marketing opt-out, preferred channel, country), for the contact rules;
 *   <li>{@link io.relance.party.ContactWarnings} — an extension point: what to warn about as someone logs an
 *       outbound contact (the contact rules of the follow-up module answer it);
 *   <li>{@link io.relance.party.ProspectStatus};
 *   <li>the events: {@link io.relance.party.ThirdPartyCreated}, {@link io.relance.party.ProspectStatusChanged},
 *       {@link io.relance.party.OwnerChanged}, {@link io.relance.party.ThirdPartiesMerged},
 *       {@link io.relance.party.ThirdPartyPurged}, {@link io.relance.party.BecameCustomer}; and
 *       {@link io.relance.party.SaleWon}, which selling modules publish.
 * </ul>
 *
 * <p>Inside: {@code core} (the aggregate, its repository, tags, potential levels, the core use cases, the
 * timeline), {@code contact}, {@code ownership}, {@code merge}, {@code search} (list, counts, duplicates, segments,
 * list columns, bulk changes), {@code customfield}, {@code settings}, {@code trash}, {@code web}.
 */
package io.relance.party;
