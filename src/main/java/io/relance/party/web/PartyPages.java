package io.relance.party.web;

import io.relance.party.ThirdPartyId;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.party.settings.PartySettings;
import io.relance.shared.Countries;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * What the third-party pages share: messages in the user's language, errors as the forms show them, the workspace's
 * people, zone and region, the address of a record.
 */
@Component
public class PartyPages {

    /** The event (HX-Trigger) after which the record page's timeline reloads itself. */
    public static final String TIMELINE_CHANGED = "timeline-changed";

    /** The key of an error that belongs to no field of a form: shown above it. */
    public static final String FORM = "form";

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "it", "nl", "pt", "ca", "pl");

    private final ThirdPartyManagement thirdParties;

    private final PartySettings partySettings;
    private final WorkspaceManagement workspaces;
    private final MessageSource messages;

    PartyPages(
            ThirdPartyManagement thirdParties,
            WorkspaceManagement workspaces,
            MessageSource messages,
            PartySettings partySettings) {

        this.partySettings = partySettings;
        this.thirdParties = thirdParties;
        this.workspaces = workspaces;
        this.messages = messages;
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

    /** The potential levels' labels by key, as the user reads them. */
    public Map<String, String> potentialLabels(RelanceUser me) {
        Map<String, String> labels = new LinkedHashMap<>();
        partySettings
                .potentialLevels(me.workspaceId())
                .forEach(p -> labels.put(p.key(), p.label() != null ? p.label() : text("potential." + p.key())));
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
