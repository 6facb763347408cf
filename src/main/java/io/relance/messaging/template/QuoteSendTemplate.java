package io.relance.messaging.template;

import io.relance.messaging.MailTemplateKind;
import io.relance.messaging.MergeField;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mail that sends a quote ({@code quote.send}): declared by messaging, which also sends quotes (the quote
 * module must not depend on messaging, see docs/messaging.md). Its default wording is in messaging's bundle.
 */
@Configuration(proxyBeanMethods = false)
class QuoteSendTemplate {

    static final String KIND = "quote.send";

    @Bean
    MailTemplateKind quoteSendKind() {
        return new MailTemplateKind(
                KIND,
                "messaging.kind.quote.send",
                List.of(
                        field("client.name"),
                        field("quote.number"),
                        field("quote.total"),
                        field("quote.validUntil"),
                        field("quote.link")),
                "messaging.template.quote.send.subject",
                "messaging.template.quote.send.body");
    }

    /** A merge field whose label and example are {@code messaging.field.<key>} and {@code messaging.sample.<key>}. */
    static MergeField field(String key) {
        return new MergeField(key, "messaging.field." + key, "messaging.sample." + key);
    }
}
