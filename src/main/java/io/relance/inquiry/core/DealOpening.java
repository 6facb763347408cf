package io.relance.inquiry.core;

import io.relance.inquiry.InquiryReceived;
import io.relance.pipeline.DealActionType;
import io.relance.pipeline.Deals;
import io.relance.shared.NotFoundException;
import io.relance.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Opens the deal of an inquiry's contact on its object in the sale pipeline at {@code inquiry-received}, or moves his
 * open one there (forward only): the pipeline module's {@link Deals}, in the intake's transaction. An inquiry without
 * an object opens no deal.
 */
@Component
class DealOpening {

    static final String PIPELINE = "sale";

    private final Deals deals;

    DealOpening(Deals deals) {
        this.deals = deals;
    }

    void open(InquiryReceived received, String summary) {
        if (received.objectId() == null) {
            return;
        }
        try {
            deals.openOrAdvance(
                    received.workspaceId(),
                    PIPELINE,
                    received.thirdPartyId(),
                    received.contactId(),
                    received.objectId(),
                    DealActionType.INQUIRY,
                    received.receivedAt(),
                    summary,
                    new UserId(received.actorId()));
        } catch (NotFoundException e) {
            // no sale pipeline in this workspace: the inquiry stands without a deal
        }
    }
}
