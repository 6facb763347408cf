/** The new and edit pages of a third party, with the possible duplicates shown while typing. */
package io.relance.party.web.form;
