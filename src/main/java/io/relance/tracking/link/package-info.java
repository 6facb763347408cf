/** Private links: tokens derived from a per-workspace key, stored only as their SHA-256, resolved and revoked. */
package io.relance.tracking.link;
