/** The workspace's tax rates: one default, the usual rates of a country for a new workspace. */
package io.relance.catalog.taxrate;
