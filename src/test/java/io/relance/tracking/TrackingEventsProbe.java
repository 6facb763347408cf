package io.relance.tracking;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
        return events.stream()
                .filter(LinksOpened.class::isInstance)
                .flatMap(e -> ((LinksOpened) e).opens().stream())
                .filter(o -> o.subjectId().equals(subject))
                .toList();
    }

    /** The subject's published engagement changes, in order. */
    public List<EngagementsChanged.Change> changed(UUID subject) {
        return events.stream()
                .filter(EngagementsChanged.class::isInstance)
                .flatMap(e -> ((EngagementsChanged) e).changes().stream())
                .filter(c -> c.subjectId().equals(subject))
                .toList();
    }
}
