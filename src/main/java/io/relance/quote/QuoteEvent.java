package io.relance.quote;

import io.relance.party.ThirdPartyId;
import io.relance.shared.WorkspaceId;

/** What every quote event names: the workspace, the quote, its third party, and the revision's number. */
public interface QuoteEvent {

    WorkspaceId workspaceId();

    QuoteId quoteId();

    ThirdPartyId thirdPartyId();

    /** The number as printed, its revision suffix included. */
    String number();

    int revision();
}
