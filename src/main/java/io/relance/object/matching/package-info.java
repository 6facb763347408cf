/**
 * Matching objects and search profiles, set-based in SQL: the knock-outs in the WHERE clause, the score (0–100) from
 * the rest; and the offers made through "write to matches" (what "already offered" reads).
 */
package io.relance.object.matching;
