/**
 * Inquiries: what a person asks about an object, from the API, OpenImmo-feedback XML, lead e-mails or the public
 * form; each is matched to its object (by reference) and to a contact (by e-mail, then phone) or makes one (source
 * {@code INQUIRY}), and is recorded on the contact's timeline. Unmatched ones wait in an inbox for a person.
 *
 * <p>This root package is all that other modules may use:
 *
 * <ul>
 *   <li>{@link io.relance.inquiry.InquiryId};
 *   <li>the event {@link io.relance.inquiry.InquiryReceived}: an inquiry matched to its contact (and object), by
 *       itself or by a person — the pipeline opens or advances the deal at {@code inquiry-received} from it.
 * </ul>
 *
 * <p>Inside: {@code core} (the inquiry, its table, the intake and the inbox's processing, the contact and object
 * matching, the deal opening, its timeline entry) and {@code web} (the API and the Inquiries page).
 */
package io.relance.inquiry;
