/**
 * Public links, honest open tracking, engagement and follow-up advice, generic over a tracked "subject" (a type
 * such as {@code "quote"} and an id): this module knows nothing of quotes, the quote module uses it.
 *
 * <p>This root package is all that other modules may use:
 *
 * <ul>
 *   <li>{@link io.relance.tracking.TrackedLinks} — issue, resolve, revoke a subject's private link
 *       ({@link io.relance.tracking.TrackedLink}) and build its absolute URL;
 *   <li>{@link io.relance.tracking.Visits} — record a fetch of the page (a hit, which counts nothing) and get the
 *       visit id the page's script reports on ({@code POST /q/{token}/events}, owned by this module);
 *   <li>{@link io.relance.tracking.Engagements} and {@link io.relance.tracking.Engagement} — opens, visitors, visible
 *       time, days, ignored hits by reason, score;
 *   <li>{@link io.relance.tracking.FollowUpAdvisor}, {@link io.relance.tracking.Advice},
 *       {@link io.relance.tracking.AdviceCode} — what the rep should do next;
 *   <li>the events {@link io.relance.tracking.LinksOpened} and {@link io.relance.tracking.EngagementsChanged}, each
 *       carrying a set (a batch's opens, a refresh's changes): their reactions are set-based.
 * </ul>
 *
 * <p>Inside: {@code link} (tokens and links), {@code counting} (the counting policy, the bot list, the event buffer),
 * {@code engagement} (read model and score), {@code advice} (the advice policy and its settings), {@code web}.
 */
package io.relance.tracking;
