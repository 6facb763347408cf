/** The settings tab of the tax rates (admins). */
package io.relance.catalog.web.taxrate;
