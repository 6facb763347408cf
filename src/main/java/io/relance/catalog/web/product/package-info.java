/** The pages of the products: the list, the new and edit form, the picker of the quote editor. */
package io.relance.catalog.web.product;
