package io.relance.party.core;

import io.relance.workspace.UserSummary;
import java.util.List;
import java.util.Map;

/** A third party with what is shown beside it: its tags, custom field values (by key) and owner. */
public record ThirdPartyDetails(
        ThirdParty thirdParty, List<Tag> tags, Map<String, Object> customFields, UserSummary owner) {}
