/** The list of third parties: filters, segments, columns, bulk changes, one-click status and potential; the search box. */
package io.relance.party.web.list;
