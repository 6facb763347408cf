package io.relance.messaging.template;

import io.relance.messaging.MailTemplateKind;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two e-mails of a quote accepted online, sent by messaging when the quote module announces the acceptance:
 * {@code quote.accepted}, the confirmation to the client (in the quote's language), and
 * {@code quote.accepted.owner}, the notice to the quote's owner (in his language). Both carry the accepted PDF.
 * Their default wording is in messaging's bundle; admins may word them as any template.
 */
@Configuration(proxyBeanMethods = false)
class QuoteAcceptedTemplates {

    static final String CLIENT = "quote.accepted";
    static final String OWNER = "quote.accepted.owner";

    @Bean
    MailTemplateKind quoteAcceptedKind() {
        return kind(CLIENT, "quote.link");
    }

    @Bean
    MailTemplateKind quoteAcceptedOwnerKind() {
        return kind(OWNER, "quote.url");
    }

    /** Both have the same fields but the link: the client's page ({@code quote.link}) or Relance's ({@code quote.url}). */
    private static MailTemplateKind kind(String key, String link) {
        return new MailTemplateKind(
                key,
                "messaging.kind." + key,
                Stream.of("client.name", "signer.name", "quote.number", "quote.total", "quote.acceptedAt", link)
                        .map(QuoteSendTemplate::field)
                        .toList(),
                "messaging.template." + key + ".subject",
                "messaging.template." + key + ".body");
    }
}
