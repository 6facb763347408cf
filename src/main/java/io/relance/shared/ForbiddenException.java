package io.relance.shared;

/** The user is known but their role does not allow this: answered as 403. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class ForbiddenException extends RuntimeException {

    public ForbiddenException() {
        super("Forbidden");
    }
}
