package io.relance.messaging.template;

import io.relance.messaging.MailTemplateKind;
import io.relance.messaging.MergeField;
import java.util.List;
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
        return new MailTemplateKind(
                CLIENT,
                "messaging.kind.quote.accepted",
                List.of(
                        field("client.name"),
                        field("signer.name"),
                        field("quote.number"),
                        field("quote.total"),
                        field("quote.acceptedAt"),
                        field("quote.link")),
                "messaging.template.quote.accepted.subject",
                "messaging.template.quote.accepted.body");
    }

    @Bean
    MailTemplateKind quoteAcceptedOwnerKind() {
        return new MailTemplateKind(
                OWNER,
                "messaging.kind.quote.accepted.owner",
                List.of(
                        field("client.name"),
                        field("signer.name"),
                        field("quote.number"),
                        field("quote.total"),
                        field("quote.acceptedAt"),
                        field("quote.url")),
                "messaging.template.quote.accepted.owner.subject",
                "messaging.template.quote.accepted.owner.body");
    }

    private static MergeField field(String key) {
        return new MergeField(key, "messaging.field." + key, "messaging.sample." + key);
    }
}
