package io.relance.shared.web;

import io.relance.shared.InvalidInputException;
import io.relance.shared.Text;
import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text bound from a form or a request parameter, in every module, as {@link Text#normalize} keeps it;
 * one with a control character or a broken surrogate is a field error (message
 * {@code typeMismatch.java.lang.String}) beside its field.
 */
@ControllerAdvice
class TextBinding {

    @InitBinder
    void normalizeTexts(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NormalizingEditor());
    }

    static final class NormalizingEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            try {
                setValue(Text.normalize("", text));
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException("Control character or broken surrogate", e);
            }
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
