/**
 * Classifications and their cadence: each workspace's list (six defaults, admins edit it), the current
 * classification of a third party, and {@link io.relance.followup.classification.Classifying}, which classifies one
 * (the follow-up task after the delay, the tag, the timeline).
 */
package io.relance.followup.classification;
