package io.relance.shared;

/** Someone else changed the row since it was read: answered as 409. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class StaleVersionException extends RuntimeException {

    public StaleVersionException() {
        super("The record was changed by someone else; reload it and try again");
    }
}
