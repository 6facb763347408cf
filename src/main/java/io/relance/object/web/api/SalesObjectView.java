package io.relance.object.web.api;

import io.relance.history.StoredFile;
import io.relance.object.SalesObjectStatus;
import io.relance.object.SalesObjectType;
import io.relance.object.core.SalesObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An object as the API shows it: {@code price} a JSON number with two decimals in {@code currency} (the workspace's),
 * {@code rooms} with one decimal (3.5), {@code area} in square metres, {@code features} the custom fields set to
 * {@code true}; {@code documents} when one object is read.
 */
record SalesObjectView(
        UUID id,
        long version,
        String reference,
        String title,
        SalesObjectType type,
        SalesObjectStatus status,
        BigDecimal price,
        String currency,
        BigDecimal rooms,
        BigDecimal area,
        String postalCode,
        String city,
        String country,
        String description,
        UUID ownerId,
        Map<String, Object> customFields,
        Set<String> features,
        List<DocumentView> documents,
        Instant createdAt,
        Instant updatedAt) {

    static SalesObjectView of(SalesObject o, List<StoredFile> documents) {
        return new SalesObjectView(
                o.id().value(),
                o.version(),
                o.reference(),
                o.title(),
                o.type(),
                o.status(),
                o.price(),
                o.currency(),
                o.rooms(),
                o.area(),
                o.postalCode(),
                o.city(),
                o.country(),
                o.description(),
                o.ownerId().value(),
                o.customFields(),
                o.features(),
                documents == null
                        ? null
                        : documents.stream().map(DocumentView::of).toList(),
                o.createdAt(),
                o.updatedAt());
    }

    /** A document of the object (its documentation PDF, a plan, a photo). */
    record DocumentView(UUID id, String filename, String contentType, long size, Instant uploadedAt) {

        static DocumentView of(StoredFile f) {
            return new DocumentView(f.id(), f.filename(), f.contentType(), f.size(), f.uploadedAt());
        }
    }
}
