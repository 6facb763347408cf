/** The quote list: filters, sorts and keyset paging within what the user may see. */
package io.relance.quote.search;
