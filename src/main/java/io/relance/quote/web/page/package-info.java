/** A quote's page, its replaced revisions and its cancellation. */
package io.relance.quote.web.page;
