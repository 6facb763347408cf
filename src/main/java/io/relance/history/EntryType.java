package io.relance.history;

import java.util.regex.Pattern;

/**
 * A kind of timeline entry, owned by the module that records it: {@code party.status-changed}, later
 * {@code quote.opened} or {@code deal.phase-moved}. The module registers it (an {@link EntryTypeProvider}) with
 * the filter group it belongs to, the message key of its label and the fragment that shows it, so the history
 * module stores and lists entries of types it knows nothing about.
 *
 * @param key the stored name: {@code <module>.<kebab-name>}, at most 64 characters
 * @param group the record page's filter group: {@code notes}, {@code calls}, {@code messages}, {@code changes} or
 *     {@code files}
 * @param labelKey message key of the entry's title
 * @param template the Thymeleaf template holding the fragment that shows the entry (the entry is {@code e})
 * @param fragment the fragment's name in that template
 */
public record EntryType(String key, String group, String labelKey, String template, String fragment) {

    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-z][a-z0-9-]*)+");

    public EntryType {
        if (key == null || key.length() > 64 || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("An entry type is <module>.<kebab-name>, at most 64 characters: " + key);
        }
        if (!EntryTypes.GROUPS.contains(group)) {
            throw new IllegalArgumentException("Unknown timeline group " + group + " for " + key);
        }
    }

    /** The module that owns the type: the part of the key before the first dot. */
    public String module() {
        return key.substring(0, key.indexOf('.'));
    }
}
