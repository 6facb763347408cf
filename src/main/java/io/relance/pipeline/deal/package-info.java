/**
 * Deals: the aggregate (one interested third party on one object, or a standalone opportunity, in a phase of a
 * pipeline), its table, the policy that moves it from the actions logged on it (forward only, a refusal excepted),
 * its management (create, change, move, log an action), its timeline and the list.
 */
package io.relance.pipeline.deal;
