/** The bell of the top bar, the notifications page and their API. */
package io.relance.notification.web;
