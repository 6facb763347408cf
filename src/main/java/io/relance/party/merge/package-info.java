/** Merging a duplicate third party into the one that survives it. */
package io.relance.party.merge;
