package io.relance.messaging;

import io.relance.messaging.template.MergeText;
import io.relance.messaging.template.StoredMailTemplates;
import io.relance.shared.FieldProblem;
import io.relance.shared.ForbiddenException;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.SupportedLocales;
import io.relance.shared.WorkspaceId;
import io.relance.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail templates of a workspace: every registered {@link MailTemplateKind} in each of the four languages, the
 * workspace's own wording or the module's default. Admins change them; saving refuses a merge field the kind does
 * not have. {@link #render} fills a template for a sender.
 */
@Service
public class MailTemplates {

    /** The fields every template has, filled by messaging from the sender and his workspace. */
    public static final List<MergeField> COMMON_FIELDS = List.of(
            new MergeField("sender.name", "messaging.field.sender.name", "messaging.sample.sender.name"),
            new MergeField("sender.signature", "messaging.field.sender.signature", "messaging.sample.sender.signature"),
            new MergeField("workspace.name", "messaging.field.workspace.name", "messaging.sample.workspace.name"));

    static final int MAX_BODY = 20_000;

    private final Map<String, MailTemplateKind> kinds = new LinkedHashMap<>();
    private final StoredMailTemplates stored;
    private final MessageSource messages;
    private final WorkspaceManagement workspaces;
    private final Clock clock;

    MailTemplates(
            List<MailTemplateKind> registered,
            StoredMailTemplates stored,
            MessageSource messages,
            WorkspaceManagement workspaces,
            Clock clock) {
        registered.stream().sorted(Comparator.comparing(MailTemplateKind::key)).forEach(k -> {
            if (kinds.putIfAbsent(k.key(), k) != null) {
                throw new IllegalStateException("E-mail template kind registered twice: " + k.key());
            }
        });
        this.stored = stored;
        this.messages = messages;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public List<MailTemplateKind> kinds() {
        return List.copyOf(kinds.values());
    }

    /** A registered kind; an unknown one is "not found". */
    public MailTemplateKind kind(String key) {
        MailTemplateKind kind = kinds.get(key);
        if (kind == null) {
            throw new NotFoundException();
        }
        return kind;
    }

    /** The fields a kind's templates may name: its own, then the common ones. */
    public List<MergeField> fields(MailTemplateKind kind) {
        List<MergeField> all = new ArrayList<>(kind.fields());
        all.addAll(COMMON_FIELDS);
        return all;
    }

    /** The workspace's template of a kind in a language (one of en, fr, es, de; another is "not found"). */
    public MailTemplate template(WorkspaceId workspace, String kindKey, String language) {
        MailTemplateKind kind = kind(kindKey);
        if (!SupportedLocales.isSupported(language)) {
            throw new NotFoundException();
        }
        return stored.find(workspace, kind.key(), language).orElseGet(() -> defaultTemplate(kind, language));
    }

    /** The kind's templates in every language, in the order of {@link SupportedLocales#TAGS}. */
    public List<MailTemplate> templates(WorkspaceId workspace, String kindKey) {
        return SupportedLocales.TAGS.stream()
                .map(language -> template(workspace, kindKey, language))
                .toList();
    }

    private MailTemplate defaultTemplate(MailTemplateKind kind, String language) {
        var locale = SupportedLocales.of(language);
        return new MailTemplate(
                kind.key(),
                language,
                messages.getMessage(kind.defaultSubjectKey(), null, locale),
                messages.getMessage(kind.defaultBodyKey(), null, locale),
                false,
                0,
                null);
    }

    /**
     * An admin words a template; the version he read (0 or none for the default) guards against another admin's
     * change meanwhile (409). Field errors on {@code subject} and {@code body}, naming an unknown merge field.
     */
    @Transactional
    public MailTemplate save(
            RelanceUser me, String kindKey, String language, String subject, String body, Long version) {
        requireAdmin(me);
        MailTemplateKind kind = kind(kindKey);
        template(me.workspaceId(), kindKey, language);
        String cleanSubject = subject == null ? "" : subject.strip();
        String cleanBody = body == null ? "" : body.replace("\r\n", "\n").strip();
        check(kind, cleanSubject, cleanBody);
        stored.save(
                me.workspaceId(),
                kind.key(),
                language,
                cleanSubject,
                cleanBody,
                version,
                me.userId().value(),
                clock.instant());
        return template(me.workspaceId(), kindKey, language);
    }

    /** An admin goes back to the module's default wording. */
    @Transactional
    public MailTemplate reset(RelanceUser me, String kindKey, String language) {
        requireAdmin(me);
        template(me.workspaceId(), kindKey, language);
        stored.delete(me.workspaceId(), kindKey, language);
        return template(me.workspaceId(), kindKey, language);
    }

    private void check(MailTemplateKind kind, String subject, String body) {
        List<String> known = fields(kind).stream().map(MergeField::key).toList();
        List<FieldProblem> problems = new ArrayList<>();
        if (OutboundMailRules.checkSubject(subject, problems)) {
            MergeText.unknownFields(subject, known)
                    .forEach(f -> problems.add(new FieldProblem("subject", "messaging.template.unknownField", f)));
        }
        if (body.isEmpty()) {
            problems.add(new FieldProblem("body", "validation.required"));
        } else if (body.length() > MAX_BODY) {
            problems.add(new FieldProblem("body", "messaging.mail.tooLong", MAX_BODY));
        } else {
            MergeText.unknownFields(body, known)
                    .forEach(f -> problems.add(new FieldProblem("body", "messaging.template.unknownField", f)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * The workspace's template of the kind in {@code language} (the workspace's own language when that one is not
     * supported), filled with {@code values} and the common fields of {@code sender}.
     */
    public RenderedMail render(RelanceUser sender, String kindKey, String language, Map<String, String> values) {
        String lang = languageOr(sender.workspaceId(), language);
        MailTemplate template = template(sender.workspaceId(), kindKey, lang);
        Map<String, String> all = new HashMap<>(commonValues(sender));
        all.putAll(values);
        return fill(template.subject(), template.body(), all);
    }

    /**
     * What a wording (typed, not saved yet) looks like with the example values of its fields, in its language;
     * unknown fields are field errors as when saving.
     */
    public RenderedMail preview(RelanceUser me, String kindKey, String language, String subject, String body) {
        MailTemplateKind kind = kind(kindKey);
        template(me.workspaceId(), kindKey, language);
        String cleanSubject = subject == null ? "" : subject.strip();
        String cleanBody = body == null ? "" : body.replace("\r\n", "\n").strip();
        check(kind, cleanSubject, cleanBody);
        var locale = SupportedLocales.of(language);
        Map<String, String> samples = new HashMap<>();
        for (MergeField f : fields(kind)) {
            samples.put(f.key(), messages.getMessage(f.sampleKey(), null, f.key(), locale));
        }
        samples.putAll(commonValues(me));
        return fill(cleanSubject, cleanBody, samples);
    }

    /** The language to write in: {@code wanted} when Relance speaks it, else the workspace's. */
    public String languageOr(WorkspaceId workspace, String wanted) {
        if (SupportedLocales.isSupported(wanted)) {
            return wanted;
        }
        String own = workspaces.workspace(workspace).defaultLocale();
        return SupportedLocales.isSupported(own) ? own : "en";
    }

    private Map<String, String> commonValues(RelanceUser sender) {
        String signature = workspaces.emailSignature(sender.workspaceId(), sender.userId());
        Map<String, String> values = new HashMap<>();
        values.put("sender.name", sender.displayName());
        values.put("sender.signature", signature == null || signature.isBlank() ? sender.displayName() : signature);
        values.put("workspace.name", workspaces.workspace(sender.workspaceId()).name());
        return values;
    }

    private static RenderedMail fill(String subject, String body, Map<String, String> values) {
        String filledSubject =
                MergeText.fill(subject, values).replaceAll("[\\r\\n]+", " ").strip();
        String text = MergeText.fill(body, values);
        return new RenderedMail(filledSubject, text, MailHtml.of(text));
    }

    private static void requireAdmin(RelanceUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }
}
