/** The third-party pages and the /api/v1/thirdparties API. */
package io.relance.party.web;
