package io.relance.inquiry.core;

import io.relance.object.SalesObjects;
import io.relance.shared.WorkspaceId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The object an inquiry's reference names in its workspace (the objects module's read model; any case). */
@Component
class ObjectMatching {

    /** An object found by its reference: its id, reference and title. */
    record MatchedObject(UUID id, String reference, String title) {}

    private final SalesObjects objects;

    ObjectMatching(SalesObjects objects) {
        this.objects = objects;
    }

    Optional<MatchedObject> byReference(WorkspaceId ws, String reference) {
        return objects.findByReference(ws, reference)
                .map(o -> new MatchedObject(o.id().value(), o.reference(), o.title()));
    }
}
