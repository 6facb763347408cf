/** Workspaces, users, roles, API tokens, security and settings. */
package io.relance.workspace;
