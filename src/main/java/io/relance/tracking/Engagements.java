package io.relance.tracking;

import io.relance.shared.WorkspaceId;
import io.relance.tracking.engagement.EngagementStore;
import io.relance.tracking.engagement.OpenActivity;
import io.relance.tracking.engagement.SubjectKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The engagement of tracked subjects, as it stands (updated on each page event). */
@Service
public class Engagements {

    private final EngagementStore store;
    private final OpenActivity activity;

    Engagements(EngagementStore store, OpenActivity activity) {
        this.store = store;
        this.activity = activity;
    }

    /** The subject's engagement; its score computed at the present time (recency fades). */
    @Transactional(readOnly = true)
    public Engagement of(WorkspaceId workspace, String subjectType, UUID subjectId) {
        return store.read(workspace, new SubjectKey(subjectType, subjectId));
    }

    /**
     * The client answered about the subject at {@code at} (a question on its public page): the follow-up advice
     * then gives no {@code CALL_AFTER_SILENCE} until he opens it again (see {@code FollowUpAdvicePolicy}).
     */
    @Transactional
    public void answered(WorkspaceId workspace, String subjectType, UUID subjectId, Instant at) {
        store.answered(workspace, new SubjectKey(subjectType, subjectId), at);
    }

    /** The scores stored at the last event of each subject (0 when never opened), for lists that sort on them. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> scores(WorkspaceId workspace, String subjectType, Collection<UUID> subjectIds) {
        return store.scores(workspace, subjectType, subjectIds);
    }

    /** How many opens each subject of this type had after {@code after}, up to {@code upTo} (only those opened). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> opensBetween(WorkspaceId workspace, String subjectType, Instant after, Instant upTo) {
        return activity.opensBetween(workspace, subjectType, after, upTo);
    }

    /** The workspaces whose subjects of this type were opened since then (a read across workspaces, for jobs). */
    @Transactional(readOnly = true)
    public List<WorkspaceId> workspacesOpenedSince(String subjectType, Instant since) {
        return activity.workspacesOpenedSince(subjectType, since);
    }
}
