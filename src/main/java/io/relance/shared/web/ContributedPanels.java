package io.relance.shared.web;

import io.relance.shared.RelanceUser;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The panels modules contribute to a record page ({@code @recordPanels.of('THIRD_PARTY', me, id)} in a template), the
 * sections they add to the home page ({@code @recordPanels.home(me)}) and to the user's own page
 * ({@code @recordPanels.profile(me)}), in their order.
 */
@Component("recordPanels")
public class ContributedPanels {

    private final List<RecordPanel> panels;
    private final List<HomeSection> homeSections;
    private final List<ProfileSection> profileSections;

    ContributedPanels(
            List<RecordPanel> panels, List<HomeSection> homeSections, ObjectProvider<ProfileSection> profileSections) {
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(RecordPanel::order))
                .toList();
        this.homeSections = homeSections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
        this.profileSections = profileSections.stream()
                .sorted(Comparator.comparingInt(ProfileSection::order))
                .toList();
    }

    /** The home page's sections for this user, in order; empty when no module has anything to show. */
    public List<RecordPanel.Contribution> home(RelanceUser me) {
        return homeSections.stream().flatMap(s -> s.contribute(me).stream()).toList();
    }

    /** The sections of the user's own page (Profile) for this user, in order. */
    public List<RecordPanel.Contribution> profile(RelanceUser me) {
        return profileSections.stream().flatMap(s -> s.contribute(me).stream()).toList();
    }

    public List<RecordPanel.Contribution> of(String recordType, RelanceUser me, UUID recordId) {
        return panels.stream()
                .filter(p -> p.recordType().equals(recordType))
                .flatMap(p -> p.contribute(me, recordId).stream())
                .toList();
    }
}
