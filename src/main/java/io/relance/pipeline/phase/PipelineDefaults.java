package io.relance.pipeline.phase;

import io.relance.pipeline.DealActionType;
import io.relance.pipeline.PhaseKind;
import io.relance.shared.SeenWorkspaces;
import io.relance.shared.SupportedLocales;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The pipelines every workspace starts with, "sale" and "rental", given on its first read: once (a mark per
 * workspace, safe on several nodes), so a phase an admin retired or renamed stays so. The phases' labels come from
 * the bundles ({@code pipeline.default.<pipeline>.<phase>}) in the four languages, the pipelines' names in the
 * workspace's language.
 */
@Component
class PipelineDefaults {

    /** A default pipeline: key, object type, phases (the last two WON then LOST), rules (action → phase). */
    record Default(String key, String objectType, List<String> phases, Map<String, String> rules) {}

    static final Default SALE = new Default(
            "sale",
            "SALE",
            List.of(
                    "matching-contacted",
                    "inquiry-received",
                    "inquiry-answered",
                    "documentation-sent",
                    "first-visit",
                    "second-visit",
                    "negotiation",
                    "reservation",
                    "purchase-confirmed",
                    "financing-proof",
                    "contract-draft",
                    "notary",
                    "contract-signed",
                    "cancelled"),
            rules(
                    "first-visit",
                    "second-visit",
                    Map.of(
                            DealActionType.RESERVATION.name(), "reservation",
                            DealActionType.PURCHASE_CONFIRMATION.name(), "purchase-confirmed",
                            DealActionType.NOTARIAL_CERTIFICATION.name(), "contract-signed")));

    static final Default RENTAL = new Default(
            "rental",
            "RENTAL",
            List.of(
                    "matching-contacted",
                    "inquiry-received",
                    "inquiry-answered",
                    "documentation-sent",
                    "viewing",
                    "application-received",
                    "references-checked",
                    "lease-draft",
                    "lease-signed",
                    "cancelled"),
            rules("viewing", null, Map.of()));

    static final List<Default> DEFAULTS = List.of(SALE, RENTAL);

    private final Pipelines pipelines;
    private final MessageSource messages;
    private final WorkspaceManagement workspaces;
    private final Clock clock;
    /** The workspaces this node saw given their defaults: no statement for them any more. */
    private final SeenWorkspaces seeded = new SeenWorkspaces();

    PipelineDefaults(Pipelines pipelines, MessageSource messages, WorkspaceManagement workspaces, Clock clock) {
        this.pipelines = pipelines;
        this.messages = messages;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** Gives the workspace its default pipelines unless it had them (in the caller's transaction). */
    void ensure(WorkspaceId ws) {
        if (seeded.contains(ws)) {
            return;
        }
        if (pipelines.markSeeded(ws, clock.instant())) {
            Locale language = workspaces.workspace(ws).locale();
            int position = 1;
            for (Default d : DEFAULTS) {
                pipelines.insert(
                        ws,
                        d.key(),
                        messages.getMessage("pipeline.default." + d.key(), null, language),
                        d.objectType(),
                        position++);
                for (int i = 0; i < d.phases().size(); i++) {
                    String phase = d.phases().get(i);
                    PhaseKind kind = i == d.phases().size() - 1
                            ? PhaseKind.LOST
                            : i == d.phases().size() - 2 ? PhaseKind.WON : PhaseKind.OPEN;
                    pipelines.insertPhase(
                            ws, d.key(), new Phase(phase, labels(d.key(), phase), kind, null, null, i + 1, false, 0));
                }
                d.rules().forEach((action, phase) -> pipelines.putRule(ws, d.key(), action, phase));
            }
        }
        seeded.rememberAfterCommit(ws);
    }

    /** The rules every default pipeline shares, its visit phases and its own. */
    private static Map<String, String> rules(String visit, String secondVisit, Map<String, String> own) {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put(DealActionType.MATCHING_EMAIL.name(), "matching-contacted");
        rules.put(DealActionType.INQUIRY.name(), "inquiry-received");
        rules.put(DealActionType.INQUIRY_ANSWERED.name(), "inquiry-answered");
        rules.put(DealActionType.DOCUMENTATION_SENT.name(), "documentation-sent");
        rules.put(DealActionType.VISIT.name(), visit);
        if (secondVisit != null) {
            rules.put(DealActionType.SECOND_VISIT, secondVisit);
        }
        rules.putAll(own);
        rules.put(DealActionType.REFUSAL.name(), "cancelled");
        return rules;
    }

    private Map<String, String> labels(String pipeline, String phase) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String language : SupportedLocales.TAGS) {
            labels.put(
                    language,
                    messages.getMessage(
                            "pipeline.default." + pipeline + "." + phase, null, Locale.forLanguageTag(language)));
        }
        return labels;
    }
}
