package io.relance.followup.classification;

import io.relance.shared.SupportedLocales;
import io.relance.shared.WorkspaceId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The six classifications every workspace starts with, given on its first read: once (a mark per workspace, safe on
 * several nodes), so a default an admin deleted stays deleted. Their labels come from the bundles
 * ({@code followup.classification.default.<key>}) in the four languages.
 */
@Component
class ClassificationDefaults {

    /** A default: key, icon, whether it tags, delay in days (null: no task). */
    record Default(String key, String icon, boolean tags, Integer delayDays) {}

    static final List<Default> DEFAULTS = List.of(
            new Default("potential", "person-plus", true, 7),
            new Default("promising", "star", true, 14),
            new Default("likely", "hand-thumbs-up", true, 30),
            new Default("undecided", "question-circle", true, 60),
            new Default("not-sure", "hourglass-split", false, 14),
            new Default("not-interested", "x-circle", false, null));

    private final Classifications classifications;
    private final MessageSource messages;
    private final Clock clock;
    /** The workspaces this node saw given their defaults: no statement for them any more. */
    private final Set<WorkspaceId> seeded = ConcurrentHashMap.newKeySet();

    ClassificationDefaults(Classifications classifications, MessageSource messages, Clock clock) {
        this.classifications = classifications;
        this.messages = messages;
        this.clock = clock;
    }

    /** Gives the workspace its defaults unless it had them (in the caller's transaction). */
    void ensure(WorkspaceId ws) {
        if (seeded.contains(ws)) {
            return;
        }
        if (classifications.markSeeded(ws, clock.instant())) {
            int position = 1;
            for (Default d : DEFAULTS) {
                classifications.insert(
                        ws,
                        new Classification(
                                d.key(), labels(d.key()), d.icon(), d.tags(), d.delayDays(), position++, true, 0));
            }
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // remembered once it is written for good
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    seeded.add(ws);
                }
            });
        } else {
            seeded.add(ws);
        }
    }

    private Map<String, String> labels(String key) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String language : SupportedLocales.TAGS) {
            labels.put(
                    language,
                    messages.getMessage(
                            "followup.classification.default." + key, null, Locale.forLanguageTag(language)));
        }
        return labels;
    }
}
