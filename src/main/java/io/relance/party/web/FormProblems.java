package io.relance.party.web;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.util.function.Predicate;
import org.springframework.validation.BindingResult;

/**
 * The domain's problems on a bound form of a third party: beside the field when the form shows it (a custom field
 * {@code customFields.key} is the form's {@code customFields[key]}, {@code prospect} and {@code customer} its kind),
 * above the form otherwise (a version, a field the form does not hold), so no error is ever lost on a hidden field.
 */
public final class FormProblems {

    private static final String CUSTOM = "customFields.";

    private FormProblems() {}

    public static void reject(BindingResult result, InvalidInputException e, Predicate<String> shown) {
        for (FieldProblem p : e.problems()) {
            String field = bound(p.field());
            if (shown.test(field)) {
                result.rejectValue(field, p.code(), p.args(), p.code());
            } else {
                result.reject(p.code(), p.args(), p.code());
            }
        }
    }

    /** The form's name of a field the domain names. */
    public static String bound(String field) {
        if (field.startsWith(CUSTOM)) {
            return "customFields[" + field.substring(CUSTOM.length()) + "]";
        }
        return field.equals("prospect") || field.equals("customer") ? "kind" : field;
    }
}
