package io.relance.shared.web;

import io.relance.shared.RelanceUser;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The panels modules contribute to a record page ({@code @recordPanels.of('THIRD_PARTY', me, id)} in a template),
 * in their order.
 */
@Component("recordPanels")
public class ContributedPanels {

    private final List<RecordPanel> panels;

    ContributedPanels(List<RecordPanel> panels) {
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(RecordPanel::order))
                .toList();
    }

    public List<RecordPanel.Contribution> of(String recordType, RelanceUser me, UUID recordId) {
        return panels.stream()
                .filter(p -> p.recordType().equals(recordType))
                .flatMap(p -> p.contribute(me, recordId).stream())
                .toList();
    }
}
