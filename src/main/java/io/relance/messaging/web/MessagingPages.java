package io.relance.messaging.web;

import io.relance.messaging.MailSetup;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What messaging's pages share: texts in the reader's language, errors by field, the mail status line. */
@Component("messagingPages")
public class MessagingPages {

    private final MessageSource messages;
    private final MailSetup setup;

    MessagingPages(MessageSource messages, MailSetup setup) {
        this.messages = messages;
        this.setup = setup;
    }

    public String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** Field → message in the reader's language. */
    public Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), text(p.code(), p.args()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** Whether e-mail can be sent, for pages: {@code ${@messagingPages.mailReady()}}. */
    public boolean mailReady() {
        return setup.ready();
    }

    /** The sentence saying why e-mail cannot be sent (or that it can, and from which address). */
    public String mailStatus() {
        return switch (setup.status()) {
            case READY -> text("messaging.status.ready", setup.fromAddress());
            case NO_SERVER -> text("messaging.status.noServer");
            case NO_SENDER -> text("messaging.status.noSender");
        };
    }
}
