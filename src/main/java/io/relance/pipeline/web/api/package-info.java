/** The pipelines' and deals' JSON API: {@code /api/v1/pipelines}, {@code /api/v1/deals}. */
package io.relance.pipeline.web.api;
