package io.relance.inquiry.web;

import io.relance.inquiry.InquiryId;
import io.relance.inquiry.core.InquiryChannel;
import io.relance.inquiry.core.InquiryForm;
import io.relance.inquiry.core.InquiryIntake;
import io.relance.inquiry.openimmo.OpenImmoFeedback;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/inquiries}: taking inquiries in, the inbox of those waiting for a person, processing one. */
@RestController
@RequestMapping("/api/v1/inquiries")
@Tag(name = "Inquiries")
record InquiryApiController(InquiryIntake intake) {

    /** The inquiries read from one OpenImmo-feedback document. */
    record Taken(List<InquiryJson> items) {}

    /** Processing an inquiry of the inbox: an object's reference (none: no object), a contact (none: a new one). */
    record ProcessRequest(String objectReference, String contactId, Long version) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "An inquiry ({objectReference, email, firstName, lastName, phone, message, source, language}):"
                    + " matched to its object by reference and to a contact by e-mail, then phone, or a new contact"
                    + " (source INQUIRY); status MATCHED, or UNMATCHED (in the inbox) when the reference names no"
                    + " object or several contacts have the e-mail or phone. An e-mail or a phone is required")
    InquiryJson receive(@AuthenticationPrincipal RelanceUser me, @RequestBody InquiryForm body) {
        return InquiryJson.of(intake.receive(me, InquiryChannel.API, body, null, null));
    }

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "An OpenImmo-feedback document (root openimmo_feedback): one inquiry per interessent of each"
                    + " objekt (reference oobj_id, else zusatz_refnr, else portal_obj_id; the portal sender/name as"
                    + " source), each matched as a JSON inquiry is; answers {items}. A document that is not"
                    + " well-formed, has a DOCTYPE, is not OpenImmo-feedback or names nobody is a field error on"
                    + " body saying where and why; a bad interessent one on interessent[n].<field>; nothing is kept")
    Taken receiveXml(@AuthenticationPrincipal RelanceUser me, @RequestBody(required = false) String body) {
        List<InquiryForm> forms;
        try {
            forms = OpenImmoFeedback.parse(body);
        } catch (OpenImmoFeedback.Malformed e) {
            throw new InvalidInputException("body", "inquiry.xml.malformed", e.describe());
        }
        return new Taken(intake.receiveAll(me, InquiryChannel.XML, forms, "interessent", body, null).stream()
                .map(InquiryJson::of)
                .toList());
    }

    @GetMapping
    @Operation(summary = "The inquiries, newest first; status=unmatched (the inbox), matched, processed, failed")
    ListPage<InquiryJson> list(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        return intake.list(me, status, PageRequest.parse(limit, cursor)).map(InquiryJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One inquiry")
    InquiryJson get(@AuthenticationPrincipal RelanceUser me, @PathVariable String id) {
        return InquiryJson.of(intake.get(me, new InquiryId(Ids.parse(id))));
    }

    @PostMapping("/{id}/process")
    @Operation(
            summary = "Processes an inquiry of the inbox ({objectReference, contactId, version}): its object by"
                    + " reference (none: no object), one of the contacts the user may see (none: a new contact made"
                    + " from the inquiry); it becomes PROCESSED and goes on the contact's timeline")
    InquiryJson process(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @RequestBody ProcessRequest body) {
        return InquiryJson.of(intake.process(
                me, new InquiryId(Ids.parse(id)), body.version(), body.objectReference(), body.contactId()));
    }
}
