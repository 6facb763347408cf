package io.relance.shared.numbering;

import io.relance.shared.InvalidInputException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbering mask: literal text plus {@code {yy}} {@code {yyyy}} {@code {mm}} {@code {dd}} and one counter
 * {@code {0000}} (width = number of zeros), with an optional offset {@code {0000+100}} (the first number is
 * offset + 1) and an optional reset {@code {0000@1}} (yearly, from month 1..12), {@code @99} (monthly) or
 * {@code @0} (never). Without a reset, the counter restarts whenever the date part of the mask changes:
 * {@code CU{yy}{mm}-{0000}} numbers each month from 1.
 */
public record CodeMask(String text, List<Part> parts) {

    /** The default mask of third-party codes. */
    public static final String DEFAULT = "CU{yy}{mm}-{0000}";

    private static final Pattern COUNTER = Pattern.compile("0+(?:\\+(\\d{1,9}))?(?:@([^}]*))?");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_./#-]*");

    public sealed interface Part permits Literal, DatePart, Counter {}

    public record Literal(String text) implements Part {}

    public record DatePart(String token) implements Part {}

    public record Counter(int width, long offset, Integer reset) implements Part {}

    /** Parses a mask; a bad one is refused with a message that says what is wrong. */
    public static CodeMask parse(String mask) {
        if (mask == null || mask.isBlank()) {
            throw new InvalidInputException("mask", "validation.required");
        }
        if (mask.length() > 40) {
            throw new InvalidInputException("mask", "mask.length", 40);
        }
        List<Part> parts = new ArrayList<>();
        int counters = 0;
        int i = 0;
        while (i < mask.length()) {
            int open = mask.indexOf('{', i);
            int close = mask.indexOf('}', i);
            if (close >= 0 && (open < 0 || close < open)) {
                throw new InvalidInputException("mask", "mask.unopened");
            }
            String literal = mask.substring(i, open < 0 ? mask.length() : open);
            if (!literal.isEmpty()) {
                if (!LITERAL.matcher(literal).matches()) {
                    throw new InvalidInputException("mask", "mask.character", literal);
                }
                parts.add(new Literal(literal));
            }
            if (open < 0) {
                break;
            }
            int end = mask.indexOf('}', open);
            if (end < 0) {
                throw new InvalidInputException("mask", "mask.unclosed");
            }
            String token = mask.substring(open + 1, end);
            switch (token) {
                case "yy", "yyyy", "mm", "dd" -> parts.add(new DatePart(token));
                default -> {
                    Matcher m = COUNTER.matcher(token);
                    if (!m.matches()) {
                        throw new InvalidInputException("mask", "mask.unknownToken", "{" + token + "}");
                    }
                    int width = token.indexOf('+') > 0
                            ? token.indexOf('+')
                            : token.indexOf('@') > 0 ? token.indexOf('@') : token.length();
                    if (width > 12) {
                        throw new InvalidInputException("mask", "mask.width", 12);
                    }
                    Integer reset = m.group(2) == null ? null : resetOf(m.group(2));
                    if (reset != null && !(reset == 0 || reset == 99 || (reset >= 1 && reset <= 12))) {
                        throw new InvalidInputException("mask", "mask.reset");
                    }
                    long offset = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
                    parts.add(new Counter(width, offset, reset));
                    counters++;
                }
            }
            i = end + 1;
        }
        if (counters != 1) {
            throw new InvalidInputException("mask", "mask.counter");
        }
        return new CodeMask(mask, List.copyOf(parts));
    }

    /** A reset's month, or -1 when it is not a number at all ({@code @x}, {@code @}): both are a bad reset. */
    private static int resetOf(String raw) {
        return raw.matches("\\d{1,2}") ? Integer.parseInt(raw) : -1;
    }

    public Counter counter() {
        return parts.stream()
                .filter(Counter.class::isInstance)
                .map(Counter.class::cast)
                .findFirst()
                .orElseThrow();
    }

    /** The period the counter runs in at this date: a new period starts it again from 1. */
    public String period(ZonedDateTime at) {
        Integer reset = counter().reset();
        if (reset == null) {
            boolean day = has("dd");
            boolean month = has("mm");
            boolean year = has("yy") || has("yyyy");
            if (day) {
                return String.format("%04d%02d%02d", at.getYear(), at.getMonthValue(), at.getDayOfMonth());
            }
            if (month) {
                return String.format("%04d%02d", at.getYear(), at.getMonthValue());
            }
            return year ? String.format("%04d", at.getYear()) : "all";
        }
        if (reset == 0) {
            return "all";
        }
        if (reset == 99) {
            return String.format("%04d%02d", at.getYear(), at.getMonthValue());
        }
        return "FY" + at.minusMonths(reset - 1L).getYear();
    }

    /** The code for the n-th number of its period. */
    public String format(ZonedDateTime at, long n) {
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal l) {
                sb.append(l.text());
            } else if (part instanceof DatePart d) {
                sb.append(
                        switch (d.token()) {
                            case "yy" -> String.format("%02d", at.getYear() % 100);
                            case "yyyy" -> String.format("%04d", at.getYear());
                            case "mm" -> String.format("%02d", at.getMonthValue());
                            default -> String.format("%02d", at.getDayOfMonth());
                        });
            } else if (part instanceof Counter c) {
                sb.append(String.format("%0" + c.width() + "d", c.offset() + n));
            }
        }
        return sb.toString();
    }

    private boolean has(String token) {
        return parts.stream().anyMatch(p -> p instanceof DatePart d && d.token().equals(token));
    }
}
