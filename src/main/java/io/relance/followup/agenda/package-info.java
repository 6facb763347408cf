/**
 * Task lists: the API's list, My day's sections, a record's open tasks — what a user may reach, filtered and paged in
 * SQL.
 */
package io.relance.followup.agenda;
