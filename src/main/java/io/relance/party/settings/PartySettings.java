package io.relance.party.settings;

import io.relance.party.core.PotentialLevel;
import io.relance.party.core.PotentialLevels;
import io.relance.party.core.Tag;
import io.relance.party.core.Tags;
import io.relance.party.core.ThirdParties;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.core.ThirdPartyRecords;
import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import io.relance.shared.numbering.CodeMask;
import io.relance.shared.numbering.Numbering;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's settings: the code mask of new third parties, the potential levels, the tags.
 */
@Service
public class PartySettings {

    private final Numbering numbering;
    private final PotentialLevels potentials;
    private final ThirdParties thirdParties;
    private final Tags tags;
    private final WorkspaceManagement workspaces;
    private final Clock clock;

    PartySettings(
            Numbering numbering,
            PotentialLevels potentials,
            ThirdParties thirdParties,
            Tags tags,
            WorkspaceManagement workspaces,
            Clock clock) {
        this.numbering = numbering;
        this.potentials = potentials;
        this.thirdParties = thirdParties;
        this.tags = tags;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public String numberingMask(RelanceUser me) {
        return numbering.setting(me.workspaceId(), ThirdPartyManagement.CODES).mask();
    }

    public long numberingVersion(RelanceUser me) {
        return numbering.setting(me.workspaceId(), ThirdPartyManagement.CODES).version();
    }

    /** Changes the code mask (admins); a bad mask is refused with what is wrong. Answers an example code. */
    @Transactional
    public String changeNumbering(RelanceUser me, String mask, Long version) {
        ThirdPartyRecords.requireAdmin(me);
        CodeMask parsed = CodeMask.parse(mask == null ? null : mask.strip());
        if (version == null) {
            throw new InvalidInputException("version", "validation.version");
        }
        if (!numbering.saveSetting(me.workspaceId(), ThirdPartyManagement.CODES, parsed.text(), version)) {
            throw new StaleVersionException();
        }
        return example(me, parsed);
    }

    public String example(RelanceUser me, CodeMask mask) {
        ZonedDateTime at =
                clock.instant().atZone(workspaces.workspace(me.workspaceId()).zone());
        return mask.format(at, 1);
    }

    public List<PotentialLevel> potentialLevels(WorkspaceId ws) {
        return potentials.of(ws);
    }

    /**
     * Replaces the potential levels (admins), in order. Keys are lower-case words; a level still used by a third
     * party cannot be removed.
     */
    @Transactional
    public List<PotentialLevel> changePotentialLevels(RelanceUser me, List<PotentialLevel> levels) {
        ThirdPartyRecords.requireAdmin(me);
        if (levels == null || levels.isEmpty()) {
            throw new InvalidInputException("levels", "potentials.atLeastOne");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<PotentialLevel> ordered = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            PotentialLevel level = levels.get(i);
            String key = level == null ? null : level.key();
            String label = level == null ? null : Text.clean(level.label());
            if (key == null || !key.matches("[a-z][a-z0-9_]{0,39}")) {
                problems.add(new FieldProblem("levels[" + i + "].key", "customFields.key.invalid"));
            } else if (!keys.add(key)) {
                problems.add(new FieldProblem("levels[" + i + "].key", "potentials.duplicate"));
            }
            if (label != null && label.length() > 60) {
                problems.add(new FieldProblem("levels[" + i + "].label", "validation.size.max", 60));
            }
            ordered.add(new PotentialLevel(key, label, i));
        }
        for (PotentialLevel old : potentials.of(me.workspaceId())) {
            if (!keys.contains(old.key()) && thirdParties.usesPotential(me.workspaceId(), old.key())) {
                problems.add(new FieldProblem("levels", "potentials.inUse", old.key()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        potentials.replace(me.workspaceId(), ordered);
        return potentials.of(me.workspaceId());
    }

    public List<Tag> tags(WorkspaceId ws) {
        return tags.all(ws);
    }
}
