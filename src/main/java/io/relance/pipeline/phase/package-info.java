/**
 * Pipelines and their phases: each workspace's pipelines (the defaults "sale" and "rental" given once), their
 * ordered phases (labels in four languages, kind, probability, rotting limit, retired or not), the rules that move a
 * deal from an action to a phase, and their management by admins.
 */
package io.relance.pipeline.phase;
