/**
 * Pipelines and deals: configurable pipelines (sale, rental, renovation project, generic opportunity) with ordered
 * phases, deals (one interested third party, and contact, on one object or a standalone opportunity) and the rules
 * that move them from the actions logged on them (a visit → "1st visit", a refusal → "Cancelled").
 *
 * <p>This root package is all that other modules may use:
 *
 * <ul>
 *   <li>{@link io.relance.pipeline.Deals} — opens a deal or moves it on from an action (an inquiry, a matching
 *       e-mail), for the inquiry and object modules;
 *   <li>{@link io.relance.pipeline.DealId}, {@link io.relance.pipeline.DealActionType},
 *       {@link io.relance.pipeline.PhaseKind}, {@link io.relance.pipeline.DealRef};
 *   <li>{@link io.relance.pipeline.PipelineEntryTypes} — the deal's timeline target and entry types;
 *   <li>the events {@link io.relance.pipeline.DealOpened}, {@link io.relance.pipeline.DealPhaseMoved},
 *       {@link io.relance.pipeline.DealActionLogged}.
 * </ul>
 *
 * <p>Inside: {@code phase} (pipelines, phases, rules, the defaults), {@code deal} (the aggregate, its table, the
 * list, the progression policy), {@code web} (board, list, deal page, settings, the third party's panel) and
 * {@code web.api}.
 */
package io.relance.pipeline;
