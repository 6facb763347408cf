/** The tasks panel of a third party's record page: its open tasks and the "new task" box. */
package io.relance.followup.web.panel;
