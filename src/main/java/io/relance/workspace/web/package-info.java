/** The workspace module's pages (set-up, login, settings, users, profile, tokens) and its API. */
package io.relance.workspace.web;
