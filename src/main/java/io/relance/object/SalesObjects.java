package io.relance.object;

import io.relance.object.core.SalesObject;
import io.relance.object.core.SalesObjectTable;
import io.relance.shared.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What other modules read of the objects: an inquiry finds its object by the reference a portal sent, a deal shows
 * the object it is about. Everyone of a workspace may read its objects, so these take the workspace only; another
 * workspace's object is not found.
 */
@Service
public class SalesObjects {

    private final SalesObjectTable objects;

    SalesObjects(SalesObjectTable objects) {
        this.objects = objects;
    }

    /** The object with this reference in the workspace, whatever its case and status. */
    public Optional<SalesObjectSummary> findByReference(WorkspaceId ws, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return objects.findByReference(ws, reference.strip()).map(SalesObject::summary);
    }

    /** These objects of the workspace, in one query, by id (those not found are absent). */
    public java.util.Map<SalesObjectId, SalesObjectSummary> summaries(
            WorkspaceId ws, java.util.Collection<SalesObjectId> ids) {
        java.util.Map<SalesObjectId, SalesObjectSummary> found = new java.util.LinkedHashMap<>();
        objects.findAll(ws, ids.stream().map(SalesObjectId::value).distinct().toList())
                .forEach(o -> found.put(o.id(), o.summary()));
        return found;
    }

    /** The object of this workspace, whatever its status. */
    public Optional<SalesObjectSummary> summary(WorkspaceId ws, SalesObjectId id) {
        return id == null ? Optional.empty() : objects.find(ws, id.value()).map(SalesObject::summary);
    }
}
