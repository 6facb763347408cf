package io.relance.party.web;

import io.relance.party.ThirdPartyId;
import io.relance.party.core.PotentialLevel;
import io.relance.party.customfield.CustomField;
import io.relance.party.customfield.CustomFieldManagement;
import io.relance.party.settings.PartySettings;
import io.relance.shared.Countries;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.web.Flash;
import io.relance.shared.web.Htmx;
import io.relance.workspace.UserSummary;
import io.relance.workspace.WorkspaceManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the third-party pages share: messages in the user's language, errors as the forms show them, the workspace's
 * people, zone and region, its potential levels and custom fields, the address of a record.
 */
@Component
public class PartyPages {

    /** The event (HX-Trigger) after which the record page's timeline reloads itself. */
    public static final String TIMELINE_CHANGED = "timeline-changed";

    /** The key of an error that belongs to no field of a form: shown above it. */
    public static final String FORM = "form";

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "it", "nl", "pt", "ca", "pl");

    private final WorkspaceManagement workspaces;
    private final MessageSource messages;
    private final PartySettings partySettings;
    private final CustomFieldManagement customFieldManagement;

    PartyPages(
            WorkspaceManagement workspaces,
            MessageSource messages,
            PartySettings partySettings,
            CustomFieldManagement customFieldManagement) {
        this.workspaces = workspaces;
        this.messages = messages;
        this.partySettings = partySettings;
        this.customFieldManagement = customFieldManagement;
    }

    public String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** Field → message in the user's language. */
    public Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), text(p.code(), p.args()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** Field → message of a bound form; an error of no field under {@value #FORM}. */
    public Map<String, String> errors(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError f ? f.getField() : FORM;
            errors.merge(field, messages.getMessage(error, locale), (a, b) -> a + " " + b);
        }
        return errors;
    }

    /**
     * A change posted by a plain form, its outcome told on the next page (post/redirect/get), written once: made, the
     * flash {@code change} answers; refused by a rule or after a newer version, why, in the user's language.
     *
     * @return whether the change was made
     */
    public boolean flashOutcome(RedirectAttributes redirect, Supplier<Flash> change) {
        try {
            change.get().addTo(redirect);
            return true;
        } catch (InvalidInputException e) {
            Flash.error(sentence(e)).addTo(redirect);
        } catch (StaleVersionException e) {
            Flash.error(text("problem.stale")).addTo(redirect);
        }
        return false;
    }

    /** Every message of the problem, in one sentence (a flash, an error above a form). */
    public String sentence(InvalidInputException e) {
        return String.join(" ", errors(e).values());
    }

    public List<UserSummary> members(RelanceUser me) {
        return workspaces.members(me.workspaceId()).stream()
                .filter(UserSummary::active)
                .toList();
    }

    /** Everyone of the workspace, even inactive (who wrote an old entry), by id. */
    public Map<UUID, UserSummary> membersById(RelanceUser me) {
        Map<UUID, UserSummary> byId = new LinkedHashMap<>();
        workspaces.members(me.workspaceId()).forEach(u -> byId.put(u.id().value(), u));
        return byId;
    }

    public ZoneId zone(RelanceUser me) {
        return workspaces.workspace(me.workspaceId()).zone();
    }

    /** The workspace's country: the region of phone numbers typed without their prefix. */
    public String region(RelanceUser me) {
        return workspaces.workspace(me.workspaceId()).country();
    }

    /** The workspace's potential levels, in their order (the choices of a record's potential). */
    public List<PotentialLevel> potentials(RelanceUser me) {
        return partySettings.potentialLevels(me.workspaceId());
    }

    /** The workspace's custom fields, in their order (what a record's page and forms show of them). */
    public List<CustomField> customFields(RelanceUser me) {
        return customFieldManagement.customFields(me.workspaceId());
    }

    /** The potential levels' labels by key, as the user reads them. */
    public Map<String, String> potentialLabels(RelanceUser me) {
        Map<String, String> labels = new LinkedHashMap<>();
        potentials(me).forEach(p -> labels.put(p.key(), p.label() != null ? p.label() : text("potential." + p.key())));
        return labels;
    }

    /** The countries and languages an address form offers, named in the user's language. */
    public void addressChoices(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("countries", Countries.named(locale));
        Map<String, String> languages = new LinkedHashMap<>();
        for (String tag : LANGUAGES) {
            languages.put(tag, Locale.forLanguageTag(tag).getDisplayLanguage(locale));
        }
        model.addAttribute("languages", languages);
    }

    public static ThirdPartyId id(String id) {
        return new ThirdPartyId(Ids.parse(id));
    }

    /** The {@code excludeId} parameter: none when blank; a malformed one is a field error. */
    public static ThirdPartyId excluded(String excludeId) {
        if (excludeId == null || excludeId.isBlank()) {
            return null;
        }
        try {
            return new ThirdPartyId(UUID.fromString(excludeId.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("excludeId", "validation.type");
        }
    }

    /** The record page's address. */
    public static String page(Object id) {
        return "/thirdparties/" + id;
    }

    /** Tells the record page (htmx) that its timeline has a new entry: the timeline listens and reloads itself. */
    public static void timelineChanged(HttpServletResponse response) {
        Htmx.trigger(response, TIMELINE_CHANGED);
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank() || s.equals("null");
    }

    public static String emptyToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    public static String nz(String s) {
        return s == null ? "" : s;
    }
}
