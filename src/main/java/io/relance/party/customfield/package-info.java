/** Custom fields of third parties: definitions, values, input. */
package io.relance.party.customfield;
