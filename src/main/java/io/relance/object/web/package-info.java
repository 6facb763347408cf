/** The objects' pages and API. */
package io.relance.object.web;
