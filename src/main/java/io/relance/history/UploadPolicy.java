package io.relance.history;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * Which uploads are accepted: the type is detected from the content, never trusted from the name, and it must
 * agree with the file's extension (a "quote.pdf" that is really a program or a web page is refused).
 */
final class UploadPolicy {

    private static final Tika TIKA = new Tika();

    private static final List<String> OFFICE = List.of(
            "application/zip",
            "application/x-tika-ooxml",
            "application/x-tika-msoffice",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/msword",
            "application/vnd.ms-excel");

    private static final Map<String, List<String>> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", List.of("application/pdf")),
            Map.entry("png", List.of("image/png")),
            Map.entry("jpg", List.of("image/jpeg")),
            Map.entry("jpeg", List.of("image/jpeg")),
            Map.entry("gif", List.of("image/gif")),
            Map.entry("webp", List.of("image/webp")),
            Map.entry("txt", List.of("text/plain")),
            Map.entry("csv", List.of("text/plain", "text/csv")),
            Map.entry("docx", OFFICE),
            Map.entry("xlsx", OFFICE),
            Map.entry("pptx", OFFICE),
            Map.entry("odt", OFFICE),
            Map.entry("ods", OFFICE),
            Map.entry("doc", OFFICE),
            Map.entry("xls", OFFICE));

    private UploadPolicy() {}

    /** The content type to store and serve, or empty when the file is refused. */
    static Optional<String> accept(String filename, byte[] content) {
        String extension = extension(filename);
        List<String> allowed = BY_EXTENSION.get(extension);
        if (allowed == null || content.length == 0) {
            return Optional.empty();
        }
        String detected = TIKA.detect(content);
        if (!allowed.contains(detected)) {
            return Optional.empty();
        }
        return Optional.of(
                detected.startsWith("application/x-tika") || detected.equals("application/zip")
                        ? "application/octet-stream"
                        : detected);
    }

    static String extension(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String allowedExtensions() {
        return String.join(", ", new java.util.TreeSet<>(BY_EXTENSION.keySet()));
    }
}
