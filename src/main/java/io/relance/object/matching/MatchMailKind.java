package io.relance.object.matching;

import io.relance.messaging.MailTemplateKind;
import io.relance.messaging.MergeField;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mail "write to matches" sends ({@code object.matches}): admins word it per language under Settings → E-mail
 * templates. Its fields: the client's name and the object's reference, title, price, place and description.
 */
@Configuration(proxyBeanMethods = false)
class MatchMailKind {

    static final String KIND = "object.matches";

    static final java.util.List<String> FIELDS = java.util.List.of(
            "client.name", "object.reference", "object.title", "object.price", "object.place", "object.description");

    @Bean
    MailTemplateKind objectMatchesKind() {
        return new MailTemplateKind(
                KIND,
                "object.mail.kind",
                Stream.of(FIELDS.toArray(String[]::new))
                        .map(key -> new MergeField(key, "object.mail.field." + key, "object.mail.sample." + key))
                        .toList(),
                "object.mail.template.subject",
                "object.mail.template.body");
    }
}
