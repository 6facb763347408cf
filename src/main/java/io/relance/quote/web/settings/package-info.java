/** Settings → Quotes: numbering mask, validity, default texts per language. */
package io.relance.quote.web.settings;
