/** Citus (distributed PostgreSQL): detects it and distributes each table as the migration that creates it runs. */
package io.relance.shared.citus;
