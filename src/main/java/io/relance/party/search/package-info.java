/** Finding third parties: the list query and filter, counts, duplicates, segments, list columns, bulk changes. */
package io.relance.party.search;
