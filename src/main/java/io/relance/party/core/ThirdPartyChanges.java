package io.relance.party.core;

import io.relance.party.ProspectStatus;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Phones;
import io.relance.shared.RichText;
import io.relance.shared.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a create or a PATCH asks to change, read from a JSON object (or a form) and validated field by field:
 * a key absent means "leave as it is", a key with {@code null} means "clear it". Nothing is applied unless
 * every field is valid, and nothing is ever silently truncated. {@code problems} are the fields found bad while
 * reading: the use case adds what it checks itself (custom fields, potential, owner, version) and refuses them all in
 * one answer, so the user sees every field's error at once.
 */
public record ThirdPartyChanges(
        Optional<String> name,
        Optional<Boolean> individual,
        Optional<Boolean> prospect,
        Optional<Boolean> customer,
        Optional<ProspectStatus> status,
        Optional<String> potential,
        Optional<Optional<String>> email,
        Optional<Optional<String>> phone,
        Optional<Optional<String>> mobile,
        Optional<Optional<String>> website,
        Optional<Optional<String>> addressLine,
        Optional<Optional<String>> postalCode,
        Optional<Optional<String>> city,
        Optional<Optional<String>> country,
        Optional<Optional<String>> language,
        Optional<Optional<String>> notes,
        Optional<List<String>> tags,
        Optional<UUID> ownerId,
        Optional<Source> source,
        Map<String, Object> customFields,
        Long version,
        List<FieldProblem> problems) {

    public ThirdPartyChanges {
        problems = List.copyOf(problems);
    }

    public static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");
    public static final Pattern WEBSITE =
            Pattern.compile("^(https?://)?[\\p{L}0-9.-]+\\.[\\p{L}]{2,}(:\\d+)?(/\\S*)?$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    /** A record's means of contact and address, as the API, the forms and the merge page name them. */
    public static final List<String> CONTACT_DETAILS =
            List.of("email", "phone", "mobile", "website", "addressLine", "postalCode", "city", "country", "language");

    public static final Set<String> KNOWN = Stream.concat(
                    CONTACT_DETAILS.stream(),
                    Stream.of(
                            "name",
                            "individual",
                            "prospect",
                            "customer",
                            "status",
                            "potential",
                            "notes",
                            "tags",
                            "ownerId",
                            "source",
                            "customFields",
                            "version",
                            "id",
                            "code",
                            "phoneE164",
                            "mobileE164",
                            "createdAt",
                            "updatedAt",
                            "ownerName",
                            "deletedAt",
                            "codeAliases",
                            "kind"))
            .collect(Collectors.toUnmodifiableSet());

    /** Reads and checks a JSON object; throws one {@link InvalidInputException} listing every bad field. */
    public static ThirdPartyChanges parse(Map<String, Object> json, String region) {
        ThirdPartyChanges changes = read(json, region);
        if (!changes.problems().isEmpty()) {
            throw new InvalidInputException(changes.problems());
        }
        return changes;
    }

    /**
     * Reads and checks a JSON object, keeping the bad fields in {@link #problems()} for the use case to refuse with
     * its own checks, all at once.
     */
    public static ThirdPartyChanges read(Map<String, Object> json, String region) {
        Reader r = new Reader(json == null ? Map.of() : json, region);
        for (String key : r.json.keySet()) {
            if (!KNOWN.contains(key)) {
                r.problems.add(new FieldProblem(key, "validation.unknownField"));
            }
        }
        ThirdPartyChanges changes = new ThirdPartyChanges(
                r.requiredText("name", 200),
                r.bool("individual"),
                r.bool("prospect"),
                r.bool("customer"),
                r.enumValue("status", ProspectStatus.class),
                r.requiredText("potential", 40),
                r.email("email"),
                r.phone("phone"),
                r.phone("mobile"),
                r.website("website"),
                r.text("addressLine", 300),
                r.text("postalCode", 20),
                r.text("city", 120),
                r.country("country"),
                r.language("language"),
                r.richText("notes", 20000),
                r.tags("tags"),
                r.uuid("ownerId"),
                r.enumValue("source", Source.class),
                r.customFields("customFields"),
                r.version(),
                r.problems);
        return changes;
    }

    /** Whether a field was found bad while reading. */
    public boolean refused(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /**
     * The changes a browser form posts: every field present, blanks meaning "empty"; the bad fields in
     * {@link #problems()} (the use case refuses them with its own checks).
     */
    public static ThirdPartyChanges fromForm(Map<String, Object> fields, String region) {
        Map<String, Object> json = new LinkedHashMap<>();
        fields.forEach((k, v) -> json.put(k, v instanceof String s && s.isBlank() && !k.equals("name") ? null : v));
        // a form types its tags in one box, comma-separated; the API takes a JSON list and nothing else
        if (json.get("tags") instanceof String typed) {
            json.put("tags", List.of(typed.split(",", -1)));
        }
        return read(json, region);
    }

    private static final class Reader {
        final Map<String, Object> json;
        final String region;
        final List<FieldProblem> problems = new ArrayList<>();

        Reader(Map<String, Object> json, String region) {
            this.json = json;
            this.region = region;
        }

        Optional<String> requiredText(String field, int max) {
            if (!json.containsKey(field)) {
                return Optional.empty();
            }
            Object value = json.get(field);
            if (!(value instanceof String s) || s.isBlank()) {
                problems.add(new FieldProblem(
                        field, value == null || value instanceof String ? "validation.required" : "validation.type"));
                return Optional.empty();
            }
            String stripped = s.strip();
            if (stripped.length() > max) {
                problems.add(new FieldProblem(field, "validation.size.max", max));
                return Optional.empty();
            }
            return Optional.of(stripped);
        }

        Optional<Optional<String>> text(String field, int max) {
            if (!json.containsKey(field)) {
                return Optional.empty();
            }
            Object value = json.get(field);
            if (value == null) {
                return Optional.of(Optional.empty());
            }
            if (!(value instanceof String s)) {
                problems.add(new FieldProblem(field, "validation.type"));
                return Optional.empty();
            }
            String clean = Text.clean(s);
            if (clean != null && clean.length() > max) {
                problems.add(new FieldProblem(field, "validation.size.max", max));
                return Optional.empty();
            }
            return Optional.of(Optional.ofNullable(clean));
        }

        Optional<Optional<String>> email(String field) {
            return checked(field, 254, e -> e.toLowerCase(Locale.ROOT), EMAIL.asMatchPredicate(), "validation.email");
        }

        Optional<Optional<String>> phone(String field) {
            String country = json.get("country") instanceof String c && !c.isBlank() ? c.strip() : region;
            return checked(field, 40, p -> p, p -> Phones.e164(p, country).isPresent(), "validation.phone");
        }

        Optional<Optional<String>> website(String field) {
            return checked(field, 300, w -> w, WEBSITE.asMatchPredicate(), "validation.url")
                    .map(v -> v.map(site -> site.matches("(?i)^https?://.*") ? site : "https://" + site));
        }

        Optional<Optional<String>> country(String field) {
            return checked(field, 2, c -> c.toUpperCase(Locale.ROOT), COUNTRIES::contains, "validation.country");
        }

        Optional<Optional<String>> language(String field) {
            return checked(field, 8, l -> l.toLowerCase(Locale.ROOT), LANGUAGES::contains, "validation.language");
        }

        /**
         * A text that may be cleared, made canonical (upper or lower case) then checked: when {@code valid} refuses
         * it, a problem {@code code} on the field and nothing read.
         */
        private Optional<Optional<String>> checked(
                String field, int max, UnaryOperator<String> canonical, Predicate<String> valid, String code) {
            Optional<Optional<String>> value = text(field, max);
            if (value.isEmpty() || value.get().isEmpty()) {
                return value;
            }
            String text = canonical.apply(value.get().get());
            if (!valid.test(text)) {
                problems.add(new FieldProblem(field, code));
                return Optional.empty();
            }
            return Optional.of(Optional.of(text));
        }

        Optional<Optional<String>> richText(String field, int max) {
            Optional<Optional<String>> value = text(field, max);
            return value.map(v -> v.map(RichText::sanitize));
        }

        Optional<Boolean> bool(String field) {
            if (!json.containsKey(field)) {
                return Optional.empty();
            }
            Object value = json.get(field);
            if (value instanceof Boolean b) {
                return Optional.of(b);
            }
            if (value instanceof String s && (s.equals("true") || s.equals("false") || s.equals("on"))) {
                return Optional.of(!s.equals("false"));
            }
            problems.add(new FieldProblem(field, "validation.type"));
            return Optional.empty();
        }

        <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
            if (!json.containsKey(field)) {
                return Optional.empty();
            }
            Object value = json.get(field);
            if (value instanceof String s) {
                try {
                    return Optional.of(Enum.valueOf(type, s.strip()));
                } catch (IllegalArgumentException e) {
                    // fall through
                }
            }
            problems.add(new FieldProblem(field, "validation.choice"));
            return Optional.empty();
        }

        Optional<UUID> uuid(String field) {
            if (!json.containsKey(field) || json.get(field) == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(UUID.fromString(String.valueOf(json.get(field))));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "validation.type"));
                return Optional.empty();
            }
        }

        Optional<List<String>> tags(String field) {
            if (!json.containsKey(field)) {
                return Optional.empty();
            }
            Object value = json.get(field);
            if (value == null) {
                return Optional.of(List.of());
            }
            if (!(value instanceof Collection<?> items)) {
                problems.add(new FieldProblem(field, "validation.type"));
                return Optional.empty();
            }
            // the size first, before any work: a request cannot make the server compare thousands of tags
            if (items.size() > 2 * Tags.MAX_PER_RECORD) {
                problems.add(new FieldProblem(field, "tags.tooMany", Tags.MAX_PER_RECORD));
                return Optional.empty();
            }
            List<String> tags = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Object item : items) {
                String tag = item == null ? null : Text.clean(String.valueOf(item));
                if (tag == null) {
                    continue;
                }
                if (tag.length() > 60) {
                    problems.add(new FieldProblem(field, "validation.size.max", 60));
                    return Optional.empty();
                }
                if (seen.add(Text.fold(tag))) {
                    tags.add(tag);
                }
            }
            if (tags.size() > Tags.MAX_PER_RECORD) {
                problems.add(new FieldProblem(field, "tags.tooMany", Tags.MAX_PER_RECORD));
                return Optional.empty();
            }
            return Optional.of(tags);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> customFields(String field) {
            if (!json.containsKey(field) || json.get(field) == null) {
                return Map.of();
            }
            if (json.get(field) instanceof Map<?, ?> map) {
                Map<String, Object> values = new LinkedHashMap<>();
                map.forEach((k, v) -> values.put(String.valueOf(k), v));
                return values;
            }
            problems.add(new FieldProblem(field, "validation.type"));
            return Map.of();
        }

        Long version() {
            Object value = json.get("version");
            if (value == null) {
                return null;
            }
            if (value instanceof Number n) {
                return n.longValue();
            }
            try {
                return Long.valueOf(String.valueOf(value));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("version", "validation.type"));
                return null;
            }
        }
    }
}
