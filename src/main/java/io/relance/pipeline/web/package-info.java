/**
 * The pipelines' pages: the board of a pipeline (columns by phase, counts and sums, drag and drop with a form to
 * fall back on), the deal list, a deal's page (its timeline, moving it, logging an action), a new deal, the Deals panel
 * of a third party's record, Settings → Pipelines, and the navigation entry.
 */
package io.relance.pipeline.web;
