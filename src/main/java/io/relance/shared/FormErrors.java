package io.relance.shared;

import org.springframework.validation.BindingResult;

/** Puts domain-rule errors beside the fields of a form, in the user's language (resolved by the view). */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult result, InvalidInputException e) {
        for (FieldProblem p : e.problems()) {
            if (result.getTarget() != null && hasField(result, p.field())) {
                result.rejectValue(p.field(), p.code(), p.args(), p.code());
            } else {
                result.reject(p.code(), p.args(), p.code());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
