package io.relance.party.web;

import io.relance.history.FieldChange;
import io.relance.party.customfield.CustomField;
import io.relance.shared.Countries;
import io.relance.shared.RelanceUser;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the timeline shows a changed field ({@code @partyTimeline} in pages): the field's label in the reader's
 * language (a custom field's own label), and each value as the pages show it — a status or potential by its
 * label, a country or language by its name, an amount as money, a date in the reader's format, yes/no.
 */
@Component("partyTimeline")
class TimelineFormat {

    private final PartyPages pages;
    private final MessageSource messages;

    TimelineFormat(PartyPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    public String label(FieldChange change) {
        String field = change.field();
        if (field.startsWith("customFields.")) {
            CustomField f = customField(field);
            return f == null ? field.substring("customFields.".length()) : f.labelIn(locale());
        }
        return messages.getMessage("thirdparty." + field, null, field, locale());
    }

    public String before(FieldChange change, String currency) {
        return value(change.field(), change.before(), currency);
    }

    public String after(FieldChange change, String currency) {
        return value(change.field(), change.after(), currency);
    }

    public String value(String field, String raw, String currency) {
        if (raw == null || raw.isBlank()) {
            return "—";
        }
        Locale locale = locale();
        try {
            return switch (field) {
                case "status" -> messages.getMessage("status." + raw, null, raw, locale);
                case "potential" -> potentialLabel(raw);
                case "country" -> Countries.name(raw, locale);
                case "language" -> Locale.forLanguageTag(raw).getDisplayLanguage(locale);
                case "prospect", "customer", "individual" -> yesNo(raw, locale);
                default -> field.startsWith("customFields.") ? customValue(customField(field), raw, currency) : raw;
            };
        } catch (RuntimeException e) {
            return raw; // a value recorded by an older version, in a shape this one does not read: shown as it was
        }
    }

    private String customValue(CustomField field, String raw, String currency) {
        if (field == null) {
            return raw;
        }
        Locale locale = locale();
        return switch (field.type()) {
            case AMOUNT -> {
                NumberFormat format = NumberFormat.getCurrencyInstance(locale);
                format.setCurrency(Currency.getInstance(currency == null ? "EUR" : currency));
                yield format.format(new BigDecimal(raw));
            }
            case NUMBER -> NumberFormat.getNumberInstance(locale).format(new BigDecimal(raw));
            case DATE ->
                LocalDate.parse(raw)
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(locale));
            case CHECKBOX -> yesNo(raw, locale);
            case CHOICE -> field.choiceIn(raw, locale);
            case MULTI_CHOICE ->
                field.choicesIn(List.of(raw.replaceAll("^\\[|]$", "").split(",\\s*")), locale);
            default -> raw;
        };
    }

    private String yesNo(String raw, Locale locale) {
        return messages.getMessage(Boolean.parseBoolean(raw) ? "thirdparty.yes" : "thirdparty.no", null, raw, locale);
    }

    private String potentialLabel(String key) {
        RelanceUser me = me();
        if (me == null) {
            return key;
        }
        return pages.potentials(me).stream()
                .filter(l -> Objects.equals(l.key(), key))
                .map(l -> l.label() != null ? l.label() : messages.getMessage("potential." + key, null, key, locale()))
                .findFirst()
                .orElse(key);
    }

    private CustomField customField(String field) {
        RelanceUser me = me();
        if (me == null) {
            return null;
        }
        Map<String, CustomField> byKey = pages.customFields(me).stream()
                .collect(Collectors.toMap(CustomField::key, Function.identity(), (a, b) -> a));
        return byKey.get(field.substring("customFields.".length()));
    }

    private static RelanceUser me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof RelanceUser user ? user : null;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
