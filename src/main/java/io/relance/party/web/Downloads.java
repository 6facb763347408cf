package io.relance.party.web;

import io.relance.history.StoredFile;
import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdPartyTimeline;
import io.relance.shared.Ids;
import io.relance.shared.RelanceUser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file as the browser downloads it: an attachment under its name, of its checked type, never sniffed. */
public final class Downloads {

    private Downloads() {}

    /** A file of a third party's timeline, to whoever may see the record (its page and the API alike). */
    public static ResponseEntity<InputStreamResource> of(
            ThirdPartyTimeline timeline, RelanceUser me, ThirdPartyId record, String fileId) {
        StoredFile file = timeline.file(me, record, Ids.parse(fileId));
        return of(file, timeline.open(me, file));
    }

    public static ResponseEntity<InputStreamResource> of(StoredFile file, InputStream in) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .body(new InputStreamResource(in));
    }
}
