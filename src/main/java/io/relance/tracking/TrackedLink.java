package io.relance.tracking;

import io.relance.shared.WorkspaceId;
import java.util.UUID;

/** A subject's private link, as {@link TrackedLinks#resolve(String)} finds it from its token. */
public record TrackedLink(WorkspaceId workspace, UUID linkId, String subjectType, UUID subjectId) {}
