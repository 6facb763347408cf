package io.relance.followup.classification;

import io.relance.shared.SupportedLocales;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One classification of a workspace: its key, its label in each supported language ({@code en}, {@code fr},
 * {@code es}, {@code de}), its icon (a Bootstrap Icons name), whether it tags the third party (a tag of its label in
 * the workspace's language), its follow-up delay in days (null: no task), its place in the list, whether it is
 * offered.
 */
public record Classification(
        String key,
        Map<String, String> labels,
        String icon,
        boolean tags,
        Integer delayDays,
        int position,
        boolean active,
        long version) {

    public Classification {
        Objects.requireNonNull(key, "key");
        labels = Map.copyOf(labels);
    }

    /** The label in this locale's language, English when it has none. */
    public String label(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return labels.getOrDefault(SupportedLocales.isSupported(language) ? language : "en", labels.get("en"));
    }

    /** The view in this locale. */
    public ClassificationView view(Locale locale) {
        return new ClassificationView(key, label(locale), icon, delayDays, tags);
    }

    /** Whether classifying with it plans a follow-up task. */
    public boolean plansTask() {
        return delayDays != null;
    }
}
