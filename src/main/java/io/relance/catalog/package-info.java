/**
 * The catalogue: products and services with their prices, and the workspace's tax rates.
 *
 * <p>This root package is all that other modules may use (Spring Modulith keeps the sub-packages internal):
 *
 * <ul>
 *   <li>{@link io.relance.catalog.ProductId} and {@link io.relance.catalog.TaxRateId};
 *   <li>the read models {@link io.relance.catalog.ProductSummary} and {@link io.relance.catalog.TaxRateSummary},
 *       answered by {@link io.relance.catalog.CatalogLookup} (a quote line filled from a product);
 *   <li>{@link io.relance.catalog.Amounts}: how money and percentages are read and checked (at most two decimals for
 *       money, three for a rate).
 * </ul>
 *
 * <p>Inside: {@code taxrate} (rates, their defaults per country), {@code product} (the products, their list and
 * picker), {@code web} (pages, the picker fragment, the API).
 */
package io.relance.catalog;
