package io.relance.messaging.web;

import io.relance.messaging.MailTemplate;
import io.relance.messaging.MailTemplateKind;
import io.relance.messaging.MailTemplates;
import io.relance.messaging.MergeField;
import io.relance.messaging.RenderedMail;
import io.relance.shared.ListPage;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.PageTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's e-mail templates: read by everyone, worded by admins. */
@RestController
@RequestMapping("/api/v1/mail-templates")
@Tag(name = "E-mail templates", description = "Each kind of e-mail in en, fr, es, de, with its merge fields")
record MailTemplatesApiController(MailTemplates templates, PageTexts texts) {

    record FieldView(String key, String label) {}

    record KindView(String kind, String label, List<FieldView> fields, List<TemplateView> templates) {}

    record TemplateView(
            String kind,
            String language,
            String subject,
            String body,
            boolean custom,
            long version,
            Instant updatedAt) {
        static TemplateView of(MailTemplate t) {
            return new TemplateView(
                    t.kind(), t.language(), t.subject(), t.body(), t.custom(), t.version(), t.updatedAt());
        }
    }

    record TemplateBody(String subject, String body, Long version) {}

    @GetMapping
    @Operation(summary = "Every kind of e-mail with its merge fields and its template in each language")
    ListPage<KindView> kinds(@AuthenticationPrincipal RelanceUser me) {
        return new ListPage<>(
                templates.kinds().stream()
                        .map(k -> new KindView(
                                k.key(),
                                text(k.labelKey()),
                                fields(k),
                                templates.templates(me.workspaceId(), k.key()).stream()
                                        .map(TemplateView::of)
                                        .toList()))
                        .toList(),
                null);
    }

    @GetMapping("/{kind}/{language}")
    @Operation(summary = "A template: the workspace's wording (custom) or the default (version 0)")
    TemplateView template(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String kind, @PathVariable String language) {
        return TemplateView.of(templates.template(me.workspaceId(), kind, language));
    }

    @PutMapping("/{kind}/{language}")
    @Operation(
            summary = "Word a template (admins): subject and body with {{merge.fields}}; version as read (0 for the"
                    + " default); an unknown field is a field error, a stale version a 409")
    TemplateView save(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String kind,
            @PathVariable String language,
            @RequestBody TemplateBody body) {
        TemplateBody given = body == null ? new TemplateBody(null, null, null) : body;
        return TemplateView.of(templates.save(me, kind, language, given.subject(), given.body(), given.version()));
    }

    @DeleteMapping("/{kind}/{language}")
    @Operation(summary = "Go back to the default wording (admins); answers the default template")
    TemplateView reset(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String kind, @PathVariable String language) {
        return TemplateView.of(templates.reset(me, kind, language));
    }

    @PostMapping("/{kind}/{language}/preview")
    @Operation(summary = "What a wording looks like with example values: subject, text and HTML (nothing saved)")
    RenderedMail preview(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String kind,
            @PathVariable String language,
            @RequestBody TemplateBody body) {
        TemplateBody given = body == null ? new TemplateBody(null, null, null) : body;
        return templates.preview(me, kind, language, given.subject(), given.body());
    }

    private List<FieldView> fields(MailTemplateKind kind) {
        return templates.fields(kind).stream()
                .map((MergeField f) -> new FieldView(f.key(), text(f.labelKey())))
                .toList();
    }

    private String text(String key) {
        return texts.text(key);
    }
}
