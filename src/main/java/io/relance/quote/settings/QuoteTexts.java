package io.relance.quote.settings;

/** The default introduction and terms of quotes written in one language. */
public record QuoteTexts(String language, String introduction, String terms, long version) {}
