/** The module's settings: the code mask of new third parties, the potential levels, the tags. */
package io.relance.party.settings;
