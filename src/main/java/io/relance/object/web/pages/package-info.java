/** The objects' pages: the list, an object's page, the new and edit form. */
package io.relance.object.web.pages;
