/**
 * Web plumbing shared by every module: problem+json answers for the API, the htmx-or-plain answer and the flash
 * message of the pages, and the extension points each module contributes to (navigation, settings tabs, search).
 */
package io.relance.shared.web;
