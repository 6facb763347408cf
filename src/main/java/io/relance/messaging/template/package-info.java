/** E-mail templates: the workspaces' stored wording, the registered kinds, and the merge-field engine. */
package io.relance.messaging.template;
