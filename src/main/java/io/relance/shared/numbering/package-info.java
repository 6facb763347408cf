/** Numbering of documents: code masks and counters, per workspace and document kind, optionally gapless. */
package io.relance.shared.numbering;
