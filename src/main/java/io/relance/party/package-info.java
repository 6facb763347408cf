/** Third parties (prospects and customers), their contacts, codes, statuses, tags, custom fields, ownership, merge. */
package io.relance.party;
