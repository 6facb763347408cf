package io.relance.shared.web;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The pages' texts in the reader's language (the request's locale): a message by its code, a form's errors. */
@Component
public class PageTexts {

    private final MessageSource messages;

    PageTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code code} with its arguments; the code itself when no bundle has it. */
    public String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** What is wrong with a field, as a sentence. */
    public String text(FieldProblem problem) {
        return text(problem.code(), problem.args());
    }

    /** Field → its problems as sentences (several joined by a space), in the order found. */
    public Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), text(p), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
