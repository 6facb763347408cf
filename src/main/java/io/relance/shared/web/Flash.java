package io.relance.shared.web;

import java.io.Serializable;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one message a page shows after a redirect ({@value #ATTRIBUTE}), in the layout's flash area: a success told by
 * its message key and arguments, or an error already in the user's language.
 *
 * @param code the message key of a success; null for an error
 * @param args its arguments
 * @param text the error's text, already resolved; null for a success
 */
public record Flash(String code, List<Object> args, String text) implements Serializable {

    /** The model and flash attribute every page reads. */
    public static final String ATTRIBUTE = "flash";

    public Flash {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Flash success(String code, Object... args) {
        return new Flash(code, List.of(args), null);
    }

    public static Flash error(String text) {
        return new Flash(null, List.of(), text);
    }

    public boolean isError() {
        return code == null;
    }

    /** The arguments as {@code #messages.msgWithParams} takes them. */
    public Object[] arguments() {
        return args.toArray();
    }

    public void addTo(RedirectAttributes redirect) {
        redirect.addFlashAttribute(ATTRIBUTE, this);
    }
}
