package io.relance.tracking;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the tracking events the application published, for the tests to read. */
@Component
public class TrackingEventsProbe {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(LinksOpened event) {
        events.add(event);
    }

    @EventListener
    void on(EngagementsChanged event) {
        events.add(event);
    }

    /** The events that carried opens of the subject, in the order they were published. */
    public List<LinksOpened> openEvents(UUID subject) {
        return events.stream()
                .filter(e -> e instanceof LinksOpened o
                        && o.opens().stream().anyMatch(x -> x.subjectId().equals(subject)))
                .map(LinksOpened.class::cast)
                .toList();
    }

    /** The subject's opens, in the order they were published. */
    public List<LinksOpened.Open> opened(UUID subject) {
        return items(LinksOpened.class, LinksOpened::opens, o -> o.subjectId().equals(subject));
    }

    /** The subject's published engagement changes, in order. */
    public List<EngagementsChanged.Change> changed(UUID subject) {
        return items(
                EngagementsChanged.class,
                EngagementsChanged::changes,
                c -> c.subjectId().equals(subject));
    }

    /** The wanted items the events of this type carried, in the order they were published. */
    private <E, T> List<T> items(Class<E> type, Function<E, List<T>> items, Predicate<T> wanted) {
        return events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .flatMap(e -> items.apply(e).stream())
                .filter(wanted)
                .toList();
    }
}
