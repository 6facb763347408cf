/** The pages and the API of losses: lost reasons (admins), closing as lost, the losses report (managers). */
package io.relance.followup.lost.web;
