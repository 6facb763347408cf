/** The catalogue's pages (products, tax rates in the settings, the picker of the quote editor) and its API. */
package io.relance.catalog.web;
