package io.relance.workspace;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's branding and legal details (its documents print them): read by any module, changed by admins only,
 * each change checked against the version read (409 when stale).
 */
@Service
public class BrandingManagement {

    private static final Logger log = LoggerFactory.getLogger(BrandingManagement.class);

    private final Brandings brandings;
    private final Workspaces workspaces;

    BrandingManagement(Brandings brandings, Workspaces workspaces) {
        this.brandings = brandings;
        this.workspaces = workspaces;
    }

    /** The branding with its logo's bytes (what a document prints); empty fields when never saved. */
    public Branding branding(WorkspaceId workspace) {
        return brandings.find(workspace, true).orElseGet(() -> Branding.empty(workspace));
    }

    /** The branding, its logo described but without its bytes (what a form shows). */
    public Branding brandingWithoutLogoBytes(WorkspaceId workspace) {
        return brandings.find(workspace, false).orElseGet(() -> Branding.empty(workspace));
    }

    /** The workspace's logo if its id is {@code logoId}: another workspace's logo, or an old one, is not found. */
    public Optional<Branding.Logo> logo(WorkspaceId workspace, UUID logoId) {
        return Optional.ofNullable(branding(workspace).logo())
                .filter(logo -> logo.id().equals(logoId));
    }

    /** Saves the texts (admins); every problem is a field error, a stale version a 409. */
    @Transactional
    public Branding change(RelanceUser me, BrandingChanges changes) {
        return change(me, changes, null, false);
    }

    /**
     * Saves the texts and, in the same transaction, a new logo ({@code newLogo} not empty) or none ({@code
     * removeLogo}), as the settings form posts them: every problem of both is reported at once and nothing is written
     * then.
     */
    @Transactional
    public Branding change(RelanceUser me, BrandingChanges changes, byte[] newLogo, boolean removeLogo) {
        WorkspaceManagement.requireAdmin(me);
        Workspace workspace = workspaces.findById(me.workspaceId()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        Branding checked = null;
        try {
            checked = BrandingRules.check(me.workspaceId(), workspace.country(), changes);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Branding.Logo logo = null;
        if (newLogo != null && newLogo.length > 0) {
            try {
                logo = LogoPolicy.check(newLogo);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long version = changes.version();
        if (!brandings.saveTexts(checked, version)) {
            throw new StaleVersionException();
        }
        if (logo != null || removeLogo) {
            brandings.saveLogo(me.workspaceId(), logo, version + 1);
        }
        log.info(
                "{} changed the branding of workspace {}",
                me.email(),
                me.workspaceId().value());
        return brandingWithoutLogoBytes(me.workspaceId());
    }

    /** Puts a new logo in (admins): a PNG or JPEG, checked by {@link LogoPolicy}; {@code version} the one read. */
    @Transactional
    public Branding changeLogo(RelanceUser me, byte[] image, Long version) {
        WorkspaceManagement.requireAdmin(me);
        requireVersion(version);
        Branding.Logo logo = LogoPolicy.check(image);
        if (!brandings.saveLogo(me.workspaceId(), logo, version)) {
            throw new StaleVersionException();
        }
        log.info(
                "{} changed the logo of workspace {}",
                me.email(),
                me.workspaceId().value());
        return brandingWithoutLogoBytes(me.workspaceId());
    }

    /** Takes the logo out (admins); {@code version} the one read. */
    @Transactional
    public Branding removeLogo(RelanceUser me, Long version) {
        WorkspaceManagement.requireAdmin(me);
        requireVersion(version);
        if (!brandings.saveLogo(me.workspaceId(), null, version)) {
            throw new StaleVersionException();
        }
        return brandingWithoutLogoBytes(me.workspaceId());
    }

    private static void requireVersion(Long version) {
        if (version == null || version < 0) {
            throw new InvalidInputException("version", "validation.version");
        }
    }
}
