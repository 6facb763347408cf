/** The contacts panel of a record page: add, change and remove a contact, in place with htmx or by plain posts. */
package io.relance.party.web.contact;
