package io.relance.tracking;

import io.relance.shared.RecentCache;
import io.relance.shared.WorkspaceId;
import io.relance.tracking.link.LinkTokens;
import io.relance.tracking.link.Links;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Private links of tracked subjects ({@code /q/{token}}): one per subject, kept across its revisions, revocable.
 * The token carries at least 128 random bits and is stored only as its SHA-256 (see {@link LinkTokens}).
 *
 * <p>Absolute links start with {@code relance.public-url} ({@code RELANCE_PUBLIC_URL}); unset, with the address of
 * the current request, and outside a request with {@code http://localhost:8080}.
 */
@Service
public class TrackedLinks {

    private final Links links;
    private final String publicUrl;
    private final RecentCache<String, Optional<TrackedLink>> recent = new RecentCache<>(100_000);

    /**
     * The links of the page events, kept a minute: an open page reports every 15 seconds, so the page's 5 seconds
     * would read its link again for nearly every event.
     */
    static final Duration REPORTING_TTL = Duration.ofSeconds(60);

    private final RecentCache<String, Optional<TrackedLink>> reporting = new RecentCache<>(REPORTING_TTL, 100_000);

    TrackedLinks(Links links, @Value("${relance.public-url:}") String publicUrl) {
        this.links = links;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    /**
     * The subject's link, made on first call; the same link (and URL) afterwards. A revoked link gets a new token
     * (the old one stays dead); its visits and opens stay with the subject.
     */
    @Transactional
    public IssuedLink issue(WorkspaceId workspace, String subjectType, UUID subjectId) {
        checkType(subjectType);
        Links.Row row = links.issue(workspace, subjectType, subjectId);
        if (row.revokedAt() != null) {
            links.renew(workspace, subjectType, subjectId);
            row = links.bySubject(workspace, subjectType, subjectId).orElseThrow();
        }
        String token = links.token(row);
        return new IssuedLink(row.link(), token, url(token));
    }

    /** The subject's live link, if it has one (not revoked). */
    @Transactional
    public Optional<IssuedLink> find(WorkspaceId workspace, String subjectType, UUID subjectId) {
        return links.bySubject(workspace, subjectType, subjectId)
                .filter(row -> row.revokedAt() == null)
                .map(row -> {
                    String token = links.token(row);
                    return new IssuedLink(row.link(), token, url(token));
                });
    }

    /**
     * The live link of a token; empty for a token unknown, revoked or forged — all alike, so a caller answers the
     * same 404. The lookup is one indexed equality on the token's SHA-256 in the workspace the token names.
     */
    @Transactional(readOnly = true)
    public Optional<TrackedLink> resolve(String token) {
        return LinkTokens.workspaceOf(token).flatMap(ws -> links.byToken(ws, token));
    }

    /**
     * As {@link #resolve(String)}, remembered by this node for up to 5 seconds (the 100,000 most recent tokens): for
     * the page's views and events (a page sends several). A revocation is seen at once on the node that made it, within 5 seconds on the others.
     */
    public Optional<TrackedLink> resolveRecent(String token) {
        if (LinkTokens.workspaceOf(token).isEmpty()) {
            return Optional.empty();
        }
        return recent.get(token, this::resolve);
    }

    /**
     * As {@link #resolveRecent(String)} for a page's events, remembered for up to {@link #REPORTING_TTL}: a
     * revocation is seen at once on the node that made it; on the others, the events of a page already open may be
     * taken for up to a minute more (the page itself answers 404 within 5 seconds).
     */
    public Optional<TrackedLink> resolveReporting(String token) {
        if (LinkTokens.workspaceOf(token).isEmpty()) {
            return Optional.empty();
        }
        return reporting.get(token, this::resolve);
    }

    /** Revokes the subject's link: its token answers 404 from now on. */
    @Transactional
    public boolean revoke(WorkspaceId workspace, String subjectType, UUID subjectId) {
        links.bySubject(workspace, subjectType, subjectId).ifPresent(row -> {
            recent.evict(links.token(row));
            reporting.evict(links.token(row));
        });
        return links.revoke(workspace, subjectType, subjectId);
    }

    /**
     * Tells when the link was (last) sent: a fetch within seconds of it, that no script follows, is a mail scanner.
     */
    @Transactional
    public void sent(WorkspaceId workspace, String subjectType, UUID subjectId, Instant at) {
        links.markSent(workspace, subjectType, subjectId, at);
    }

    /** Erases the subject's link, visits, opens and engagement (the subject itself was erased). */
    @Transactional
    public void forget(WorkspaceId workspace, String subjectType, UUID subjectId) {
        links.forget(workspace, subjectType, subjectId);
    }

    /** The absolute URL of a token. */
    public String url(String token) {
        return base() + "/q/" + token;
    }

    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return "http://localhost:8080";
    }

    private static void checkType(String subjectType) {
        if (subjectType == null || !subjectType.matches("[a-z][a-z0-9_.-]{0,39}")) {
            throw new IllegalArgumentException("A subject type is a short lower-case word: " + subjectType);
        }
    }
}
