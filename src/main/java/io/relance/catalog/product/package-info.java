/** Products and services: the record, its rules, the list and the picker. */
package io.relance.catalog.product;
