/** Who owns a third party, and the special cases that let another rep see it for a while. */
package io.relance.party.web.ownership;
