/** Security: form login and sessions for people, Basic and bearer tokens for programs, login throttling. */
package io.relance.workspace.security;
