/** The quotes' pages and API: navigation, the third party's Quotes panel, and the helpers the pages share. */
package io.relance.quote.web;
