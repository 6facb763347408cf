package io.relance.party;

import static io.relance.MvcTest.body;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.ResultActions;

/**
 * What a form of the record page answers when htmx posts it (its panel, never a whole page), read as the tests expect
 * it: a change made tells the timeline to reload, a change refused (the form again, its errors beside the fields)
 * does not.
 */
final class InPlaceAnswers {

    private InPlaceAnswers() {}

    /** The panel after a change that was made: 200, and the timeline told ({@code HX-Trigger: timeline-changed}). */
    static String changed(ResultActions answer) throws Exception {
        return body(answer.andExpect(status().isOk()).andExpect(header().string("HX-Trigger", "timeline-changed")));
    }

    /** The form after a change that was refused: 200, and the timeline not told. */
    static String refused(ResultActions answer) throws Exception {
        return body(answer.andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Trigger")));
    }

    /** The panel answered (200), whatever it says. */
    static String answered(ResultActions answer) throws Exception {
        return body(answer.andExpect(status().isOk()));
    }
}
