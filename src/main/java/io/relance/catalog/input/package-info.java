/** Reading what a body or a form asks to change, field by field, every bad field reported at once. */
package io.relance.catalog.input;
