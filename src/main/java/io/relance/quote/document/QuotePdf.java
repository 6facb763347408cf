package io.relance.quote.document;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A quote's PDF with the file name a download proposes (its number, safe on every system), rendered once. */
public record QuotePdf(String fileName, byte[] content) {

    public static final String MEDIA_TYPE = MediaType.APPLICATION_PDF_VALUE;

    /** The PDF as a download, never kept by a shared cache (the signed-in pages and the API). */
    public ResponseEntity<byte[]> download() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(ContentDisposition.attachment()))
                .body(content);
    }

    /** The PDF shown in the browser (the client's public page). */
    public ResponseEntity<byte[]> inline() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(ContentDisposition.inline()))
                .body(content);
    }

    private String disposition(ContentDisposition.Builder builder) {
        return builder.filename(fileName).build().toString();
    }
}
