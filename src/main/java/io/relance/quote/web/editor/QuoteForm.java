package io.relance.quote.web.editor;

import io.relance.quote.core.LineInput;
import io.relance.quote.core.Quote;
import io.relance.quote.core.QuoteInput;
import io.relance.quote.core.QuoteLine;
import io.relance.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The quote editor's form as typed, read from the posted fields ({@code lines[3].unitPrice}…), kept as text so a
 * refused form comes back as typed. {@link #input} turns it into the use case's input, numbers read in the user's
 * way.
 */
public record QuoteForm(
        String thirdpartyId,
        String contactId,
        String validUntil,
        String language,
        String introduction,
        String terms,
        String version,
        List<LineForm> lines) {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d{1,3})]\\.(\\w+)");

    public static QuoteForm read(MultiValueMap<String, String> params) {
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        for (var e : params.entrySet()) {
            Matcher m = LINE_FIELD.matcher(e.getKey());
            if (m.matches() && !e.getValue().isEmpty()) {
                byIndex.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new java.util.HashMap<>())
                        .put(m.group(2), e.getValue().get(e.getValue().size() - 1));
            }
        }
        List<LineForm> lines = new ArrayList<>();
        for (Map<String, String> f : byIndex.values()) {
            lines.add(new LineForm(
                    f.getOrDefault("kind", "ITEM"),
                    f.get("description"),
                    f.get("quantity"),
                    f.get("unit"),
                    f.get("unitPrice"),
                    f.get("discountPercent"),
                    f.get("taxRate"),
                    f.get("productId"),
                    "true".equals(f.get("credit"))));
        }
        return new QuoteForm(
                params.getFirst("thirdpartyId"),
                params.getFirst("contactId"),
                params.getFirst("validUntil"),
                params.getFirst("language"),
                params.getFirst("introduction"),
                params.getFirst("terms"),
                params.getFirst("version"),
                lines);
    }

    /** The form of an existing quote, numbers written plainly. */
    public static QuoteForm of(Quote q) {
        List<LineForm> lines = new ArrayList<>();
        for (QuoteLine l : q.lines()) {
            lines.add(new LineForm(
                    l.kind().name(),
                    l.description(),
                    plain(l.quantity()),
                    l.unit(),
                    plain(l.unitPrice()),
                    plain(l.discountPercent()),
                    plain(l.taxRate()),
                    l.productId() == null ? null : l.productId().toString(),
                    l.credit()));
        }
        var h = q.header();
        return new QuoteForm(
                q.thirdPartyId().value().toString(),
                h.contactId() == null ? null : h.contactId().toString(),
                h.validUntil().toString(),
                h.language(),
                h.introduction(),
                h.terms(),
                String.valueOf(q.version()),
                lines);
    }

    public QuoteForm withLines(List<LineForm> newLines) {
        return new QuoteForm(thirdpartyId, contactId, validUntil, language, introduction, terms, version, newLines);
    }

    /** The use case's input; what cannot be read (a number that is not one) is a problem on its field. */
    public QuoteInput input(boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        List<LineInput> inputs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineForm l = lines.get(i);
            String at = "lines[" + i + "].";
            inputs.add(new LineInput(
                    l.kind(),
                    l.description(),
                    FormNumbers.parse(l.quantity(), at + "quantity", problems),
                    l.unit(),
                    FormNumbers.parse(l.unitPrice(), at + "unitPrice", problems),
                    FormNumbers.parse(l.discountPercent(), at + "discountPercent", problems),
                    FormNumbers.parse(l.taxRate(), at + "taxRate", problems),
                    uuid(l.productId()),
                    l.credit()));
        }
        LocalDate valid = null;
        if (validUntil != null && !validUntil.isBlank()) {
            try {
                valid = LocalDate.parse(validUntil.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("validUntil", "validation.date"));
            }
        } else if (!creating) {
            problems.add(new FieldProblem("validUntil", "validation.required"));
        }
        Long v = null;
        if (!creating) {
            try {
                v = Long.valueOf(version);
            } catch (NumberFormatException | NullPointerException e) {
                problems.add(new FieldProblem("version", "validation.version"));
            }
        }
        return new QuoteInput(
                creating ? uuid(thirdpartyId) : null,
                uuid(contactId),
                valid,
                null,
                language == null || language.isBlank() ? null : language,
                introduction == null ? (creating ? null : "") : introduction,
                terms == null ? (creating ? null : "") : terms,
                inputs,
                v,
                problems);
    }

    private static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
