package io.relance.messaging;

import java.util.Arrays;

/** A file sent with an e-mail (a quote's PDF): its name, type and bytes, kept in the outbox until it is sent. */
public record MailAttachment(String filename, String contentType, byte[] content) {

    public MailAttachment {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailAttachment a
                && java.util.Objects.equals(filename, a.filename)
                && java.util.Objects.equals(contentType, a.contentType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(filename, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
