/** Erasing what stayed in the trash beyond the restore window. */
package io.relance.party.trash;
