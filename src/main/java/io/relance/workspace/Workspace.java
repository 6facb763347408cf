package io.relance.workspace;

import io.relance.shared.SupportedLocales;
import io.relance.shared.WorkspaceId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** A workspace and its settings: the company using Relance. */
public record Workspace(
        WorkspaceId id,
        String name,
        String currency,
        String defaultLocale,
        String timeZone,
        String country,
        Instant createdAt,
        long version) {

    public Currency currencyUnit() {
        return Currency.getInstance(currency);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Locale locale() {
        return SupportedLocales.of(defaultLocale);
    }

    Workspace withSettings(WorkspaceSettings settings) {
        return new Workspace(
                id,
                settings.name().strip(),
                settings.currency(),
                settings.defaultLocale(),
                settings.timeZone(),
                settings.country(),
                createdAt,
                version);
    }
}
