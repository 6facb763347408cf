/** The quote's document for people and programs: its PDF (page and API) and its print preview. */
package io.relance.quote.document.web;
