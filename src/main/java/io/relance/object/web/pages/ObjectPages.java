package io.relance.object.web.pages;

import io.relance.object.SalesObjectId;
import io.relance.object.SalesObjectStatus;
import io.relance.object.SalesObjectType;
import io.relance.object.core.ObjectManagement;
import io.relance.object.core.ObjectSearch;
import io.relance.object.core.SalesObject;
import io.relance.object.core.SalesObjectFilter;
import io.relance.shared.FieldProblem;
import io.relance.shared.FormErrors;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.web.Flash;
import io.relance.shared.web.PageTexts;
import io.relance.workspace.WorkspaceManagement;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The objects' pages: the list (search, status and type filters, "load more"), an object's page (facts, status
 * transitions, documents) and the new and edit form. Everyone reads them; the owner and managers change an object.
 */
@Controller
@RequestMapping("/objects")
class ObjectPages {

    static final String VIEW_LIST = "object/list";
    static final String VIEW_ROWS = "object/list :: rows";
    static final String VIEW_FORM = "object/form";
    static final String VIEW_RECORD = "object/record";
    static final int PAGE_SIZE = 50;

    private final ObjectManagement objects;
    private final ObjectSearch search;
    private final WorkspaceManagement workspaces;
    private final PageTexts texts;
    private final io.relance.object.matching.Matching matching;
    private final io.relance.party.ThirdPartyLookup thirdParties;

    ObjectPages(
            ObjectManagement objects,
            ObjectSearch search,
            WorkspaceManagement workspaces,
            PageTexts texts,
            io.relance.object.matching.Matching matching,
            io.relance.party.ThirdPartyLookup thirdParties) {
        this.matching = matching;
        this.thirdParties = thirdParties;
        this.objects = objects;
        this.search = search;
        this.workspaces = workspaces;
        this.texts = texts;
    }

    /** The list's query: its filters as typed and the cursor of the next rows. */
    record ListQuery(String q, String status, String type, String cursor) {

        SalesObjectFilter filter(RelanceUser me) {
            return SalesObjectFilter.of(
                    q, status == null ? null : List.of(status), type, null, null, null, null, me.userId());
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal RelanceUser me, ListQuery query, Model model) {
        filters(query, model);
        try {
            SalesObjectFilter filter = query.filter(me);
            model.addAttribute("filtered", !filter.isEmpty());
            model.addAttribute(
                    "page", search.list(me.workspaceId(), filter, PageRequest.of(PAGE_SIZE, query.cursor())));
        } catch (InvalidInputException e) {
            model.addAttribute("filtered", true);
            model.addAttribute("page", new ListPage<SalesObject>(List.of(), null));
            model.addAttribute(
                    "filterErrors",
                    e.problems().stream()
                            .map(p -> p.field() + ": " + texts.text(p))
                            .toList());
        }
        return VIEW_LIST;
    }

    /** The next rows, for htmx's "load more". */
    @GetMapping("/rows")
    String rows(@AuthenticationPrincipal RelanceUser me, ListQuery query, Model model) {
        filters(query, model);
        model.addAttribute(
                "page", search.list(me.workspaceId(), query.filter(me), PageRequest.of(PAGE_SIZE, query.cursor())));
        return VIEW_ROWS;
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal RelanceUser me, Model model) {
        model.addAttribute(
                "form", ObjectForm.empty(workspaces.workspace(me.workspaceId()).country()));
        return form(null, model);
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal RelanceUser me,
            @ModelAttribute("form") ObjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String[] created = new String[1];
        String done = FormErrors.save(
                result,
                () -> {
                    SalesObject o = featuresBeside(() -> objects.create(me, form.changes(Map.of())));
                    created[0] = o.id().toString();
                    Flash.success("object.created", o.title()).addTo(redirect);
                },
                "redirect:/objects/",
                VIEW_FORM);
        return done.equals(VIEW_FORM) ? form(null, model) : done + created[0];
    }

    @GetMapping("/{id}")
    String record(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        SalesObjectId objectId = object(id);
        SalesObject o = objects.get(me.workspaceId(), objectId);
        model.addAttribute("object", o);
        model.addAttribute("canChange", ObjectManagement.canChange(me, o));
        model.addAttribute("documents", objects.documents(me.workspaceId(), objectId));
        model.addAttribute(
                "owner", workspaces.member(me.workspaceId(), o.ownerId()).orElse(null));
        model.addAttribute("transitions", transitions(o.status()));
        var matches =
                matching.ofObject(me, objectId, PageRequest.of(PAGE_SIZE, null)).items();
        model.addAttribute("matches", matches);
        java.util.Map<java.util.UUID, String> buyers = new java.util.HashMap<>();
        thirdParties
                .summaries(
                        me.workspaceId(),
                        matches.stream()
                                .map(m -> new io.relance.party.ThirdPartyId(m.thirdPartyId()))
                                .toList())
                .forEach((k, v) -> buyers.put(k.value(), v.name()));
        model.addAttribute("buyers", buyers);
        return VIEW_RECORD;
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        SalesObject o = objects.get(me.workspaceId(), object(id));
        model.addAttribute("form", ObjectForm.of(o, LocaleContextHolder.getLocale()));
        return form(o, model);
    }

    /** Saves the edit form at the version it was read; after someone else's change it comes back as typed, says so. */
    @PostMapping("/{id}/edit")
    String update(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @ModelAttribute("form") ObjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SalesObjectId objectId = object(id);
        SalesObject current = objects.get(me.workspaceId(), objectId);
        String done = FormErrors.save(
                result,
                () -> {
                    SalesObject saved =
                            featuresBeside(() -> objects.update(me, objectId, form.changes(current.customFields())));
                    Flash.success("object.saved", saved.title()).addTo(redirect);
                },
                "redirect:/objects/" + id,
                VIEW_FORM,
                model,
                () -> objects.get(me.workspaceId(), objectId).version());
        return done.equals(VIEW_FORM) ? form(current, model) : done;
    }

    /** A status transition from the object's page (reserve, sold or let, withdraw, offer again). */
    @PostMapping("/{id}/status")
    String status(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String status,
            @RequestParam long version,
            RedirectAttributes redirect) {
        SalesObjectId objectId = object(id);
        try {
            objects.update(
                    me,
                    objectId,
                    io.relance.object.core.SalesObjectChanges.read(Map.of("status", status, "version", version)));
            Flash.success("object.status.changed").addTo(redirect);
        } catch (InvalidInputException e) {
            Flash.error(texts.text(e.problems().get(0))).addTo(redirect);
        } catch (io.relance.shared.StaleVersionException e) {
            Flash.error(texts.text("problem.stale")).addTo(redirect);
        }
        return "redirect:/objects/" + id;
    }

    /** The transitions offered from a status, in the order of the buttons. */
    static List<SalesObjectStatus> transitions(SalesObjectStatus status) {
        return switch (status) {
            case AVAILABLE -> List.of(SalesObjectStatus.RESERVED, SalesObjectStatus.SOLD, SalesObjectStatus.WITHDRAWN);
            case RESERVED -> List.of(SalesObjectStatus.SOLD, SalesObjectStatus.AVAILABLE, SalesObjectStatus.WITHDRAWN);
            case WITHDRAWN -> List.of(SalesObjectStatus.AVAILABLE);
            case SOLD -> List.of();
        };
    }

    /** An error on one of the custom fields is shown beside the form's features. */
    private static SalesObject featuresBeside(java.util.function.Supplier<SalesObject> change) {
        try {
            return change.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p ->
                            p.field().startsWith("customFields") ? new FieldProblem("features", p.code(), p.args()) : p)
                    .toList());
        }
    }

    private static void filters(ListQuery query, Model model) {
        model.addAttribute("q", query.q() == null ? "" : query.q());
        model.addAttribute("status", query.status() == null ? "" : query.status());
        model.addAttribute("type", query.type() == null ? "" : query.type());
        model.addAttribute("statuses", SalesObjectStatus.values());
        model.addAttribute("types", SalesObjectType.values());
    }

    private static String form(SalesObject editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("types", SalesObjectType.values());
        return VIEW_FORM;
    }

    private static SalesObjectId object(String id) {
        return new SalesObjectId(Ids.parse(id));
    }
}
