/** The contact rules' pages and API: the workspace's defaults, a third party's and a contact's overrides, the check. */
package io.relance.followup.web.contact;
