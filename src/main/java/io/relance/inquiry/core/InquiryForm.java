package io.relance.inquiry.core;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Phones;
import io.relance.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An inquiry as it comes (the API's JSON, a parsed XML or e-mail, the public form): who asks, about which object
 * reference, what. {@code language} is ISO 639-1, when known.
 */
public record InquiryForm(
        String objectReference,
        String email,
        String firstName,
        String lastName,
        String phone,
        String message,
        String source,
        String language) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** The longest message kept. */
    public static final int MAX_MESSAGE = 10_000;

    /**
     * The form cleaned (texts normalised, the e-mail in lower case, the language in lower case), or one
     * {@link InvalidInputException} naming every bad field: an e-mail or a phone is required when
     * {@code contactRequired}, the phone must be a number of {@code region} (or international), nothing longer than
     * its column.
     */
    public InquiryForm checked(String region, boolean contactRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        String reference = Text.clean("objectReference", objectReference, 60, problems);
        String mail = Text.clean("email", email, 254, problems);
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            problems.add(new FieldProblem("email", "validation.email"));
        }
        String first = Text.clean("firstName", firstName, 100, problems);
        String last = Text.clean("lastName", lastName, 100, problems);
        String tel = Text.clean("phone", phone, 40, problems);
        if (tel != null && Phones.e164(tel, region).isEmpty()) {
            problems.add(new FieldProblem("phone", "validation.phone"));
        }
        String text = Text.clean("message", message, MAX_MESSAGE, problems);
        String from = Text.clean("source", source, 60, problems);
        String lang = Text.clean("language", language, 2, problems);
        if (lang != null && !LANGUAGES.contains(lang.toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem("language", "validation.language"));
        }
        if (contactRequired
                && mail == null
                && tel == null
                && problems.stream().noneMatch(p -> p.field().equals("email"))) {
            problems.add(new FieldProblem("email", "inquiry.emailOrPhone"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new InquiryForm(
                reference,
                mail == null ? null : mail.toLowerCase(Locale.ROOT),
                first,
                last,
                tel,
                text,
                from,
                lang == null ? null : lang.toLowerCase(Locale.ROOT));
    }

    /**
     * For what a machine sent (a portal's XML or e-mail): a phone that is no number of {@code region} is not a reason
     * to refuse the inquiry, so it moves to the end of the message, as typed, and the phone is left empty.
     */
    public InquiryForm phoneKeptInMessage(String region) {
        String tel = Text.clean(phone);
        if (tel == null || Phones.e164(tel, region).isPresent()) {
            return this;
        }
        String text = Text.clean(message);
        return new InquiryForm(
                objectReference,
                email,
                firstName,
                lastName,
                null,
                (text == null ? "" : text + "\n\n") + "☎ " + tel,
                source,
                language);
    }
}
