/** History: one timeline of events for every kind of record, and the files attached to records. */
package io.relance.history;
