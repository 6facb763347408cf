package io.relance.history;

import io.relance.shared.InvalidInputException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every timeline entry type the modules registered. Pages resolve an entry's label and fragment here
 * ({@code @entryTypes.of(e.kind)}); the record page's filter groups are computed from the registered types.
 */
@Component("entryTypes")
public class EntryTypes {

    /** The record page's filter groups, in the order shown, "all" first. */
    public static final List<String> GROUPS = List.of("notes", "calls", "messages", "changes", "files");

    /** Shown for a stored type no module registers any more (a module removed, a type renamed). */
    static final EntryType UNKNOWN =
            new EntryType("history.unknown", "changes", "history.entry.unknown", "history/entries", "default");

    private final Map<String, EntryType> byKey = new LinkedHashMap<>();

    private final Map<String, String> contactChannels = new LinkedHashMap<>();

    EntryTypes(Collection<EntryTypeProvider> providers) {
        for (EntryTypeProvider provider : providers) {
            for (EntryType type : provider.entryTypes()) {
                EntryType before = byKey.putIfAbsent(type.key(), type);
                if (before != null) {
                    throw new IllegalStateException("Timeline entry type registered twice: " + type.key());
                }
            }
            contactChannels.putAll(provider.outboundContactChannels());
        }
    }

    /** The entry types that are outbound contacts, with their channel (see {@link EntryTypeProvider}). */
    public Map<String, String> outboundContactChannels() {
        return Map.copyOf(contactChannels);
    }

    public EntryType of(String key) {
        return byKey.getOrDefault(key, UNKNOWN);
    }

    public boolean isKnown(String key) {
        return byKey.containsKey(key);
    }

    public Collection<EntryType> all() {
        return byKey.values();
    }

    /** The keys of a filter group ("all" for every type); another name is a field error on {@code kind}. */
    public Set<String> group(String name) {
        if ("all".equals(name)) {
            return Set.copyOf(byKey.keySet());
        }
        if (!GROUPS.contains(name)) {
            throw new InvalidInputException("kind", "validation.choice");
        }
        return byKey.values().stream()
                .filter(t -> t.group().equals(name))
                .map(EntryType::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static boolean isGroup(String name) {
        return "all".equals(name) || GROUPS.contains(name);
    }
}
