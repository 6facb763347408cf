package io.relance.shared.pdf;

/** A document that could not be turned into a PDF: a bug of its template, never of what a user typed. */
public class PdfRenderingException extends RuntimeException {

    public PdfRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
