/** The notifications table: one row per notification, per workspace and recipient. */
package io.relance.notification.inbox;
