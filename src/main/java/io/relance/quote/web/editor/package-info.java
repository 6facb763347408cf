/** The quote editor: a new quote, a change (a new revision once sent), lines rearranged, totals recomputed. */
package io.relance.quote.web.editor;
