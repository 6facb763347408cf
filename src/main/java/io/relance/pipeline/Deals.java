package io.relance.pipeline;

import io.relance.party.ThirdPartyId;
import io.relance.pipeline.deal.DealManagement;
import io.relance.shared.UserId;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What other modules may do with deals: open one, or move on the open one, from an action that happened in their
 * module — an inquiry received ({@link DealActionType#INQUIRY}: a deal at "Inquiry received"), an answer sent
 * ({@link DealActionType#INQUIRY_ANSWERED}, {@link DealActionType#DOCUMENTATION_SENT}), a matching e-mail
 * ({@link DealActionType#MATCHING_EMAIL}: "Contacted via matching"). The action is recorded on the deal's, the third
 * party's and the object's timelines, and the pipeline's rules move the deal (forward only, a refusal excepted).
 */
@Service
public class Deals {

    private final DealManagement deals;

    Deals(DealManagement deals) {
        this.deals = deals;
    }

    /**
     * Opens a deal in the pipeline {@code pipelineKey} ({@code sale}, {@code rental}…) for the third party (and
     * contact, optional) on the object (optional: none is a standalone opportunity), or takes the newest deal of that
     * pipeline for them that is still open, then logs the action on it and moves it by the rules. Joins the caller's
     * transaction. A new deal is owned by the third party's owner.
     *
     * @param occurredAt when the action happened (null: now)
     * @param by who did it (null: the system, e.g. a portal's e-mail)
     * @throws io.relance.shared.NotFoundException when the workspace has no such pipeline or third party
     */
    public DealRef openOrAdvance(
            WorkspaceId workspace,
            String pipelineKey,
            ThirdPartyId thirdPartyId,
            UUID contactId,
            UUID objectId,
            DealActionType actionType,
            Instant occurredAt,
            String summary,
            UserId by) {
        return deals.openOrAdvance(
                workspace, pipelineKey, thirdPartyId, contactId, objectId, actionType, occurredAt, summary, by);
    }
}
