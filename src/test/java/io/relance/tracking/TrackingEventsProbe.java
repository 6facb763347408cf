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
    void on(LinkOpened event) {
        events.add(event);
    }

    @EventListener
    void on(EngagementChanged event) {
        events.add(event);
    }

    public List<LinkOpened> opened(UUID subject) {
        return events.stream()
                .filter(e -> e instanceof LinkOpened o && o.subjectId().equals(subject))
                .map(LinkOpened.class::cast)
                .toList();
    }

    public List<EngagementChanged> changed(UUID subject) {
        return events.stream()
                .filter(e -> e instanceof EngagementChanged c && c.subjectId().equals(subject))
                .map(EngagementChanged.class::cast)
                .toList();
    }
}
