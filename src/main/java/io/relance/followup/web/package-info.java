/** The follow-up module's pages: My day (the home page), the tasks panel of a record, the tasks' forms. */
package io.relance.followup.web;
