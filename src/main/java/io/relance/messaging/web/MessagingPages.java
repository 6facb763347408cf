package io.relance.messaging.web;

import io.relance.messaging.MailSetup;
import io.relance.shared.InvalidInputException;
import io.relance.shared.web.PageTexts;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What messaging's pages share: texts in the reader's language, errors by field, the mail status line. */
@Component("messagingPages")
public class MessagingPages {

    private final PageTexts texts;
    private final MailSetup setup;

    MessagingPages(PageTexts texts, MailSetup setup) {
        this.texts = texts;
        this.setup = setup;
    }

    public String text(String code, Object... args) {
        return texts.text(code, args);
    }

    /** Field → message in the reader's language. */
    public Map<String, String> errors(InvalidInputException e) {
        return texts.errors(e);
    }

    /** Why a quote cannot be sent, in the reader's language ("This quote is cancelled: it cannot be sent."). */
    public String refused(io.relance.quote.QuoteTransitionRefused e) {
        return text(
                "quote.problem.transition." + e.action(),
                text("quote.state." + e.status().name()));
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
