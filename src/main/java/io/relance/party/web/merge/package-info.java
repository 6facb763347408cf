/** Merging a duplicate into the record that stays: choosing it, then merging. */
package io.relance.party.web.merge;
