/** The JSON API under /api/v1: third parties, their contacts, history, files and special cases, and the settings. */
package io.relance.party.web.api;
