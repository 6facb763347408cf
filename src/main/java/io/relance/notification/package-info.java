/**
 * In-app notifications: a short message for one user (a client opened his quote, asked a question), shown in the top
 * bar's bell and on {@code /notifications}.
 *
 * <p>This root package is all that other modules may use: {@link io.relance.notification.Notifications#notify}
 * with a {@link io.relance.notification.NewNotification} (the message is a key of the sending module's bundle and
 * its arguments, rendered in the reader's language when shown).
 *
 * <p>Inside: {@code inbox} (the table), {@code web} (the bell, the page, the API).
 */
package io.relance.notification;
