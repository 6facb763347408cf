/** {@code /api/v1/products} and {@code /api/v1/tax-rates}. */
package io.relance.catalog.web.api;
