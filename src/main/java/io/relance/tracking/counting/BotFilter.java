package io.relance.tracking.counting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Known scanners, link previews, crawlers and tools by user agent: the fragments of the maintained list
 * {@code tracking/bot-user-agents.txt}, matched case-insensitively anywhere in the header. No user agent is a bot.
 */
public final class BotFilter {

    public static final String LIST = "tracking/bot-user-agents.txt";

    private final List<String> fragments;

    public BotFilter(List<String> fragments) {
        this.fragments = fragments.stream()
                .map(f -> f.strip().toLowerCase(Locale.ROOT))
                .filter(f -> !f.isEmpty() && !f.startsWith("#"))
                .toList();
    }

    /** The maintained list from the class path. */
    public static BotFilter standard() {
        try (InputStream in = BotFilter.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing");
            }
            List<String> lines = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .forEach(lines::add);
            return new BotFilter(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        for (String fragment : fragments) {
            if (ua.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return fragments.size();
    }
}
