package io.relance.messaging;

import java.util.regex.Pattern;

/**
 * A value a template may name as {@code {{key}}}: {@code client.name}, {@code quote.link}. Its label and the example
 * the preview shows are message keys of the registering module's bundle.
 */
public record MergeField(String key, String labelKey, String sampleKey) {

    static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");

    public MergeField {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A merge field is dotted lower camel case: " + key);
        }
    }
}
