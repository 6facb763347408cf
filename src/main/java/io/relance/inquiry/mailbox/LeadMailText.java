package io.relance.inquiry.mailbox;

import io.relance.inquiry.core.InquiryForm;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain-text body of a portal's structured lead e-mail: lines {@code Label: value}, the labels in English,
 * German, French or Spanish (see {@link #LABELS}); the message runs from its label to the next label or the end.
 * Portals lay their leads out this way (ImmobilienScout24, Immowelt, SeLoger, Idealista…: "Vorname: …",
 * "E-Mail: …", "Objekt-Nr.: …", "Nachricht: …"). A body with no e-mail, phone or name label is not a lead (null).
 */
final class LeadMailText {

    /** Each field and the labels (lower case, without the colon) that name it. */
    static final Map<String, java.util.List<String>> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("firstName", java.util.List.of("first name", "firstname", "vorname", "prénom", "prenom", "nombre"));
        LABELS.put(
                "lastName",
                java.util.List.of(
                        "last name", "lastname", "surname", "name", "nachname", "nom", "apellidos", "apellido"));
        LABELS.put("email", java.util.List.of("e-mail", "email", "e-mail-adresse", "courriel", "correo", "mail"));
        LABELS.put(
                "phone",
                java.util.List.of(
                        "phone",
                        "telephone",
                        "telefon",
                        "tel",
                        "tel.",
                        "téléphone",
                        "teléfono",
                        "telefono",
                        "mobil",
                        "handy",
                        "mobile"));
        LABELS.put(
                "objectReference",
                java.util.List.of(
                        "reference",
                        "ref",
                        "ref.",
                        "object reference",
                        "objekt-nr.",
                        "objekt-nr",
                        "objektnummer",
                        "objekt-id",
                        "anbieter-objekt-id",
                        "référence",
                        "referencia",
                        "ref. annonce"));
        LABELS.put(
                "message",
                java.util.List.of(
                        "message",
                        "nachricht",
                        "anfrage",
                        "ihre nachricht",
                        "comment",
                        "kommentar",
                        "mensaje",
                        "votre message"));
    }

    private static final Pattern LINE = Pattern.compile("^\\s*([\\p{L}][\\p{L} .\\-]{0,30}?)\\s*:\\s?(.*)$");

    private LeadMailText() {}

    /** The inquiry a lead e-mail's text gives, {@code source} the portal; null when it holds no lead. */
    static InquiryForm read(String text, String source) {
        if (text == null) {
            return null;
        }
        Map<String, StringBuilder> found = new LinkedHashMap<>();
        String current = null;
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            Matcher m = LINE.matcher(line);
            String field = m.matches() ? field(m.group(1)) : null;
            if (field != null) {
                current = field;
                found.computeIfAbsent(field, k -> new StringBuilder())
                        .append(m.group(2).strip());
            } else if ("message".equals(current)) {
                found.get(current).append('\n').append(line);
            } else {
                current = null;
            }
        }
        if (!found.containsKey("email") && !found.containsKey("phone") && !found.containsKey("lastName")) {
            return null;
        }
        return new InquiryForm(
                value(found, "objectReference"),
                value(found, "email"),
                value(found, "firstName"),
                value(found, "lastName"),
                value(found, "phone"),
                value(found, "message"),
                source,
                null);
    }

    private static String field(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (var e : LABELS.entrySet()) {
            if (e.getValue().contains(l)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String value(Map<String, StringBuilder> found, String field) {
        StringBuilder b = found.get(field);
        if (b == null) {
            return null;
        }
        String v = b.toString().strip();
        return v.isEmpty() ? null : v;
    }
}
