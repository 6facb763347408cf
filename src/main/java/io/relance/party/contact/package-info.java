/** The contacts of a third party. */
package io.relance.party.contact;
