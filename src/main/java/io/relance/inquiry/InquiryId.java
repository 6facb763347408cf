package io.relance.inquiry;

import java.util.UUID;

/** Identifies an inquiry in a workspace. */
public record InquiryId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
