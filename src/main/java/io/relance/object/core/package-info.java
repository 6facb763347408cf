/** The objects: the aggregate, its table, its use cases (create, change, status transitions, documents, list). */
package io.relance.object.core;
