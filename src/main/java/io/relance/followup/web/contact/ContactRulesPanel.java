package io.relance.followup.web.contact;

import io.relance.followup.ContactChannel;
import io.relance.followup.ContactCheck;
import io.relance.followup.ContactRule;
import io.relance.followup.ContactRules;
import io.relance.followup.contact.ContactPolicyManagement;
import io.relance.followup.contact.ContactPolicyView;
import io.relance.followup.contact.ContactTexts;
import io.relance.followup.contact.DayPart;
import io.relance.party.ThirdPartyId;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.RecordPanel;
import io.relance.workspace.WorkspaceManagement;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The "Contact rules" panel of a third party's record, first of its side column: a banner when calling it now would
 * break a rule (which, and from when it would be allowed), the rules that apply to it (marked where it overrides the
 * workspace's), and for managers the form that changes its overrides.
 */
@Component
class ContactRulesPanel implements RecordPanel {

    /** One line of the rules: its label's key, its value, whether this third party overrides it. */
    public record Line(String labelKey, String value, boolean own) {}

    /** A choice of the overrides' form: the value posted, its label, whether the third party has it. */
    public record Choice(String value, String label, boolean chosen) {}

    /** What the fragment shows. */
    public record Model(
            UUID thirdPartyId,
            List<ContactCheck.Reason> blocking,
            List<ContactCheck.Reason> preferences,
            String allowedFrom,
            List<Line> lines,
            ContactPolicyView own,
            boolean canEdit,
            List<Choice> weekdays,
            List<Choice> parts,
            List<Choice> channels) {

        public boolean breaks() {
            return !blocking.isEmpty();
        }
    }

    private final ContactRules rules;
    private final ContactPolicyManagement policies;
    private final ContactTexts texts;
    private final WorkspaceManagement workspaces;

    ContactRulesPanel(
            ContactRules rules, ContactPolicyManagement policies, ContactTexts texts, WorkspaceManagement workspaces) {
        this.rules = rules;
        this.policies = policies;
        this.texts = texts;
        this.workspaces = workspaces;
    }

    @Override
    public String recordType() {
        return THIRD_PARTY;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<Contribution> contribute(RelanceUser me, UUID recordId) {
        ThirdPartyId id = new ThirdPartyId(recordId);
        ContactCheck now;
        ContactPolicyView view;
        try {
            now = rules.check(me, id, null, ContactChannel.CALL, null);
            view = policies.thirdParty(me, id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        ZoneId zone = workspaces.workspace(me.workspaceId()).zone();
        List<ContactCheck.Reason> blocking = now.reasons().stream()
                .filter(r -> r.effect() != ContactRule.Effect.PREFERENCE)
                .toList();
        List<ContactCheck.Reason> preferences = now.reasons().stream()
                .filter(r -> r.effect() == ContactRule.Effect.PREFERENCE)
                .toList();
        String allowedFrom =
                !now.allowed() && now.allowedFrom() != null ? ContactTexts.at(now.allowedFrom(), zone, locale) : null;
        return Optional.of(new Contribution(
                "followup/contact-panel",
                "panel",
                new Model(
                        recordId,
                        blocking,
                        preferences,
                        allowedFrom,
                        lines(view, locale),
                        view,
                        me.seesAll(),
                        weekdayChoices(view, locale),
                        java.util.Arrays.stream(DayPart.values())
                                .map(p -> new Choice(
                                        p.name(),
                                        texts.text("followup.contact.part." + p.name(), locale),
                                        view.preferredParts() != null
                                                && view.preferredParts().contains(p.name())))
                                .toList(),
                        java.util.Arrays.stream(ContactChannel.values())
                                .map(c -> new Choice(
                                        c.name(),
                                        texts.text("followup.contact.channelName." + c.name(), locale),
                                        c.name().equals(view.preferredChannel())))
                                .toList())));
    }

    private List<Choice> weekdayChoices(ContactPolicyView own, Locale locale) {
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> new Choice(
                        d.name(),
                        d.getDisplayName(java.time.format.TextStyle.SHORT, locale),
                        own.preferredDays() != null && own.preferredDays().contains(d.name())))
                .toList();
    }

    private List<Line> lines(ContactPolicyView v, Locale locale) {
        ContactPolicyView e = v.effective();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(
                "followup.contact.field.minDaysBetween",
                limit(e.minDaysBetween(), locale),
                v.minDaysBetween() != null));
        lines.add(new Line(
                "followup.contact.field.maxPer30Days", limit(e.maxPer30Days(), locale), v.maxPer30Days() != null));
        lines.add(new Line(
                "followup.contact.field.hoursShort",
                texts.text(
                        "followup.contact.hoursValue",
                        locale,
                        hour(e.hoursFrom(), locale),
                        hour(e.hoursTo(), locale),
                        v.effectiveTimeZone()),
                v.hoursFrom() != null || v.hoursTo() != null || v.timeZone() != null));
        lines.add(new Line(
                "followup.contact.field.quietDays",
                e.quietDays().isEmpty()
                        ? texts.text("followup.contact.none", locale)
                        : texts.days(days(e.quietDays()), locale),
                v.quietDays() != null));
        if (e.preferredChannel() != null) {
            lines.add(new Line(
                    "followup.contact.field.preferredChannel",
                    texts.text("followup.contact.channelName." + e.preferredChannel(), locale),
                    v.preferredChannel() != null));
        }
        if (!e.preferredDays().isEmpty() || !e.preferredParts().isEmpty()) {
            lines.add(new Line(
                    "followup.contact.field.preferredWindow",
                    texts.window(days(e.preferredDays()), parts(e.preferredParts()), locale),
                    v.preferredDays() != null || v.preferredParts() != null));
        }
        return lines;
    }

    private String limit(int value, Locale locale) {
        return value == 0 ? texts.text("followup.contact.noLimit", locale) : String.valueOf(value);
    }

    private static String hour(String hhmm, Locale locale) {
        return java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .withLocale(locale)
                .format(LocalTime.parse(hhmm));
    }

    private static List<DayOfWeek> days(List<String> names) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        names.forEach(n -> days.add(DayOfWeek.valueOf(n)));
        return List.copyOf(days);
    }

    private static List<DayPart> parts(List<String> names) {
        return names.stream().map(DayPart::valueOf).toList();
    }
}
