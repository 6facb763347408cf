/** My day, the home page: overdue, today, upcoming tasks, a manager's choice of whose. */
package io.relance.followup.web.myday;
