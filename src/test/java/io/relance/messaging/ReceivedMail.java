package io.relance.messaging;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An e-mail as GreenMail received it, taken apart: its text and HTML parts and its attachments. */
public record ReceivedMail(MimeMessage message, String text, String html, Map<String, byte[]> attachments) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            List<String> texts = new ArrayList<>();
            List<String> htmls = new ArrayList<>();
            Map<String, byte[]> files = new LinkedHashMap<>();
            walk(message, texts, htmls, files);
            return new ReceivedMail(
                    message, texts.isEmpty() ? null : texts.get(0), htmls.isEmpty() ? null : htmls.get(0), files);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the received e-mail", e);
        }
    }

    private static void walk(Part part, List<String> texts, List<String> htmls, Map<String, byte[]> files)
            throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(bytes);
            files.put(part.getFileName(), bytes.toByteArray());
        } else if (part.isMimeType("text/plain")) {
            texts.add((String) part.getContent());
        } else if (part.isMimeType("text/html")) {
            htmls.add((String) part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, texts, htmls, files);
            }
        }
    }
}
