/** Exclusive ownership of third parties: reassigning and time-boxed exceptions. */
package io.relance.party.ownership;
