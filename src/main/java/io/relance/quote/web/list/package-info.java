/** The quote list page: filters, chips, sorting, load more. */
package io.relance.quote.web.list;
