package io.relance.messaging;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A kind of e-mail a module sends from a template (a bean): {@code quote.send}. Admins word it per workspace and
 * language under Settings → E-mail templates; until they do, the default subject and body are the messages
 * {@code defaultSubjectKey} and {@code defaultBodyKey} of the module's bundle in that language. The template may name
 * its own {@code fields} and the ones every template has ({@link MailTemplates#COMMON_FIELDS}: the sender's name and
 * signature, the workspace's name).
 *
 * @param key {@code <module>.<name>}, stored with the workspace's templates
 * @param labelKey its name on the settings page
 */
public record MailTemplateKind(
        String key, String labelKey, List<MergeField> fields, String defaultSubjectKey, String defaultBodyKey) {

    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-z][a-z0-9-]*)+");

    public MailTemplateKind {
        if (key == null || key.length() > 64 || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A template kind is <module>.<kebab-name>: " + key);
        }
        fields = List.copyOf(fields);
    }
}
