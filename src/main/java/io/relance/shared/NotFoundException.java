package io.relance.shared;

/** Nothing there for this workspace and user: answered as 404, whether the row is absent or someone else's. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("Not found");
    }
}
