/** The settings pages of the third parties: custom fields and the numbering of their codes. */
package io.relance.party.web.settings;
