package io.relance.pipeline;

import io.relance.history.EntryType;
import io.relance.history.EntryTypeProvider;
import io.relance.history.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The timeline entries of deals (templates/pipeline/entries): a deal opened, moved from a phase to another, and the
 * actions of {@link DealActionType} this module owns. Each shows on the deal's timeline, its third party's and, when
 * it has one, its object's.
 */
@Component
public class PipelineEntryTypes implements EntryTypeProvider {

    /** The history target type of a deal. */
    public static final String TARGET = "DEAL";

    /** The history target type of an object (the objects module's, io.relance.object). */
    public static final String OBJECT_TARGET = "SALES_OBJECT";

    public static final String OPENED = "pipeline.deal-opened";
    public static final String MOVED = "pipeline.phase-moved";

    public static Target target(DealId id) {
        return new Target(TARGET, id.value());
    }

    public static Target target(UUID id) {
        return new Target(TARGET, id);
    }

    @Override
    public List<EntryType> entryTypes() {
        List<EntryType> types = new ArrayList<>();
        types.add(type(OPENED, "changes"));
        types.add(type(MOVED, "changes"));
        for (DealActionType a : DealActionType.values()) {
            if (a.ownEntry()) {
                types.add(type(a.entryType(), group(a)));
            }
        }
        return types;
    }

    @Override
    public Map<String, String> outboundContactChannels() {
        Map<String, String> channels = new LinkedHashMap<>();
        for (DealActionType a : DealActionType.values()) {
            if (a.ownEntry() && a.contactChannel() != null) {
                channels.put(a.entryType(), a.contactChannel());
            }
        }
        return channels;
    }

    private static String group(DealActionType a) {
        if ("EMAIL".equals(a.contactChannel()) || a == DealActionType.INQUIRY) {
            return "messages";
        }
        return "VISIT".equals(a.contactChannel()) ? "calls" : "changes";
    }

    private static EntryType type(String key, String group) {
        return new EntryType(
                key, group, "pipeline.entry." + key.substring(key.indexOf('.') + 1), "pipeline/entries", "entry");
    }
}
