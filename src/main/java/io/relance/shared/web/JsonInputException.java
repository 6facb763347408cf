package io.relance.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A JSON value refused while it is read (a broken character, too many items): answered as a 400 field error
 * whose message is {@link #code()} in the user's language, at the value's path.
 */
final class JsonInputException extends DatabindException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] args;

    JsonInputException(JsonParser parser, String code, Object... args) {
        super(parser, code);
        this.code = code;
        this.args = args;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args;
    }
}
