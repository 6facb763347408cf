/**
 * The third-party pages and the /api/v1/thirdparties API, one sub-package per use case (list, form, record, contact,
 * ownership, merge, settings, api); this package holds only what they share.
 */
package io.relance.party.web;
