package io.relance.workspace;

import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Which logos are accepted: PNG or JPEG recognised by their content (never by a name or a declared type), at most
 * {@value #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a side, and readable to the end. SVG is refused: it may
 * carry scripts and addresses to fetch, and documents must render from bytes alone.
 */
final class LogoPolicy {

    static final int MAX_BYTES = 512 * 1024;
    static final int MAX_SIDE = 2000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private LogoPolicy() {}

    /** The checked logo, with a new id; a refusal is a field error on {@code logo}. */
    static Branding.Logo check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("logo", "validation.required");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("logo", "branding.logo.size", MAX_BYTES / 1024);
        }
        String type = startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new InvalidInputException("logo", "branding.logo.type");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            if (in == null || !readers.hasNext()) {
                throw new InvalidInputException("logo", "branding.logo.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new InvalidInputException("logo", "branding.logo.dimensions", MAX_SIDE);
                }
                // decoded once, whole: a truncated or corrupt image is refused now, not when a document prints it
                if (reader.read(0) == null) {
                    throw new InvalidInputException("logo", "branding.logo.unreadable");
                }
                return new Branding.Logo(Ids.newId(), type, width, height, bytes.clone());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new InvalidInputException("logo", "branding.logo.unreadable");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
