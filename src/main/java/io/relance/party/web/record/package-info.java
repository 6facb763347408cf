/** The record page of a third party: its header, the Details panel in place, the log box, the timeline, the files. */
package io.relance.party.web.record;
