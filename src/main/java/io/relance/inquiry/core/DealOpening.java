package io.relance.inquiry.core;

import io.relance.inquiry.InquiryReceived;
import org.springframework.stereotype.Component;

/**
 * Opens or advances the deal of an inquiry's contact on its object at {@code inquiry-received}. The pipeline module's
 * API is not on main yet: until it is, only {@link InquiryReceived} says so (published by the intake). The one place
 * to change when it lands.
 */
@Component
class DealOpening {

    void open(InquiryReceived received) {
        // the pipeline module's call comes here
    }
}
