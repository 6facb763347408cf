/** The objects' JSON API. */
package io.relance.object.web.api;
