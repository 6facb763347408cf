package io.relance.tracking;

import io.relance.shared.ForbiddenException;
import io.relance.shared.RelanceUser;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.advice.AdviceSettingsStore;
import io.relance.tracking.advice.FollowUpAdvicePolicy;
import io.relance.tracking.engagement.EngagementStore;
import io.relance.tracking.engagement.SubjectKey;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up advice for a tracked subject: the workspace's numbers, the subject's opens and the clock, through
 * {@link FollowUpAdvicePolicy}; and the advice in a language, with the prepared texts of {@code NOT_OPENED}.
 */
@Service
public class FollowUpAdvisor {

    private final AdviceSettingsStore settings;
    private final EngagementStore engagement;
    private final WorkspaceManagement workspaces;
    private final MessageSource messages;
    private final Clock clock;

    FollowUpAdvisor(
            AdviceSettingsStore settings,
            EngagementStore engagement,
            WorkspaceManagement workspaces,
            MessageSource messages,
            Clock clock) {
        this.settings = settings;
        this.engagement = engagement;
        this.workspaces = workspaces;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The advice for the subject now, if any; the client's latest answer is the later of the one in {@code facts}
     * and the one tracking recorded ({@link Engagements#answered}).
     */
    @Transactional(readOnly = true)
    public Optional<Advice> advise(WorkspaceId workspace, String subjectType, UUID subjectId, AdviceFacts facts) {
        SubjectKey subject = new SubjectKey(subjectType, subjectId);
        return new FollowUpAdvicePolicy(settings.of(workspace))
                .advise(
                        facts.answeredAt(
                                engagement.lastAnswerAt(workspace, subject).orElse(null)),
                        engagement.openTimes(workspace, subject),
                        clock.instant(),
                        workspaces.workspace(workspace).zone());
    }

    /**
     * The advice now for many subjects of one type at once (a daily run over a workspace's sent quotes): the same as
     * {@link #advise} for each, with their opens and answers read in two queries. Only the advised subjects are in
     * the answer.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Advice> adviseAll(WorkspaceId workspace, String subjectType, Map<UUID, AdviceFacts> facts) {
        Map<UUID, Advice> advised = new HashMap<>();
        if (facts.isEmpty()) {
            return advised;
        }
        FollowUpAdvicePolicy policy = new FollowUpAdvicePolicy(settings.of(workspace));
        ZoneId zone = workspaces.workspace(workspace).zone();
        Instant now = clock.instant();
        Map<UUID, List<Instant>> opens = engagement.openTimes(workspace, subjectType, facts.keySet());
        Map<UUID, Instant> answers = engagement.lastAnswers(workspace, subjectType, facts.keySet());
        facts.forEach(
                (id, f) -> policy.advise(f.answeredAt(answers.get(id)), opens.getOrDefault(id, List.of()), now, zone)
                        .ifPresent(a -> advised.put(id, a)));
        return advised;
    }

    /** The advice in one sentence, in the reader's language. */
    public String message(Advice advice, Locale locale) {
        return messages.getMessage(advice.messageKey(), advice.args().toArray(), locale);
    }

    /**
     * The prepared text of a {@code NOT_OPENED} advice to send by SMS ({@code channel} "sms") or e-mail ("email";
     * its subject with "emailSubject"), with the client's name, the document's number and its link.
     */
    public String preparedText(String channel, Locale locale, String clientName, String number, String url) {
        if (!channel.matches("sms|email|emailSubject")) {
            throw new IllegalArgumentException(channel);
        }
        return messages.getMessage(
                "tracking.advice.NOT_OPENED." + channel, new Object[] {clientName, number, url}, locale);
    }

    @Transactional(readOnly = true)
    public AdviceSettings settings(WorkspaceId workspace) {
        return settings.of(workspace);
    }

    /** Changes the workspace's numbers (admins), with the version read; a stale one is a 409. */
    @Transactional
    public AdviceSettings changeSettings(RelanceUser me, AdviceSettings changed) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
        return settings.save(me.workspaceId(), changed);
    }
}
