/** Quotes follow their third party: moved to the survivor of a merge, erased with a purged one. */
package io.relance.quote.partychanges;
