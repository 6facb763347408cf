/** Settings → Pipelines (admins): phases added, renamed, reordered and retired, the rules that move deals. */
package io.relance.pipeline.web.settings;
