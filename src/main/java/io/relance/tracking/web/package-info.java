/** The page's event endpoint ({@code POST /q/{token}/events}), its rate limits, and the advice settings pages. */
package io.relance.tracking.web;
