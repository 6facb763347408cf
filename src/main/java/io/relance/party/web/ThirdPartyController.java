package io.relance.party.web;

import io.relance.history.EventKind;
import io.relance.history.StoredFile;
import io.relance.party.BulkChange;
import io.relance.party.CustomField;
import io.relance.party.CustomFieldType;
import io.relance.party.DuplicateCheck;
import io.relance.party.ListColumn;
import io.relance.party.PossibleDuplicate;
import io.relance.party.ProspectStatus;
import io.relance.party.Source;
import io.relance.party.ThirdParty;
import io.relance.party.ThirdPartyChanges;
import io.relance.party.ThirdPartyDetails;
import io.relance.party.ThirdPartyFilter;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartyManagement;
import io.relance.party.web.contact.ContactsPanel;
import io.relance.shared.FieldProblem;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.ListPage;
import io.relance.shared.PageRequest;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.UserId;
import io.relance.workspace.UserSummary;
import io.relance.workspace.WorkspaceManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The third-party pages: the list, a record, its forms, merge. */
@Controller
@RequestMapping("/thirdparties")
class ThirdPartyController {

    static final String VIEW_LIST = "party/list";
    static final String VIEW_ROW = "party/list :: row";
    static final String VIEW_ROWS = "party/rows :: rows";
    static final String VIEW_FORM = "party/form";
    static final String VIEW_RECORD = "party/record";
    static final String VIEW_TIMELINE = "party/record :: timeline";
    static final String VIEW_FILES = "party/record :: files";
    static final String VIEW_FACTS = "party/record :: facts";
    static final String VIEW_FACTS_FORM = "party/record :: facts-form";
    /** The Details panel, and the header's call, SMS and e-mail swapped out of band. */
    static final String VIEW_FACTS_SAVED = "party/record :: facts-saved";

    static final String VIEW_LOGBOX = "party/record :: logbox";
    /** The cleared log box, and the timeline swapped out of band. */
    static final String VIEW_LOGGED = "party/record :: logged";

    static final String VIEW_MERGE = "party/merge";
    static final String VIEW_DUPLICATES = "party/duplicates :: duplicates";
    static final int PAGE_SIZE = 50;
    /** The event (HX-Trigger) after which the record page's timeline reloads itself. */
    static final String TIMELINE_CHANGED = "timeline-changed";

    static final List<EventKind> HAND_KINDS =
            List.of(EventKind.CALL, EventKind.MEETING, EventKind.VISIT, EventKind.EMAIL, EventKind.SMS, EventKind.NOTE);
    /** The facts the record's Details panel changes in place; nothing else is touched by its form. */
    static final List<String> FACT_FIELDS =
            List.of("email", "phone", "mobile", "website", "addressLine", "postalCode", "city", "country", "language");

    private final ThirdPartyManagement thirdParties;
    private final WorkspaceManagement workspaces;
    private final MessageSource messages;
    private final PartyPages pages;

    ThirdPartyController(
            ThirdPartyManagement thirdParties,
            WorkspaceManagement workspaces,
            MessageSource messages,
            PartyPages pages) {
        this.pages = pages;
        this.thirdParties = thirdParties;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    // --- list ---

    @GetMapping
    String list(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params, Model model) {
        MultiValueMap<String, String> effective = thirdParties.withSegment(me, params);
        ListLinks links = new ListLinks(effective);
        model.addAttribute("links", links);
        List<ListColumn> columns = commonListModel(me, model);
        model.addAttribute("chipText", chipText(me, links));
        model.addAttribute("pickerColumns", pickerColumns(me, columns));
        // the list as it was asked for (a segment stays a segment), to come back to after choosing columns
        model.addAttribute("listQuery", new ListLinks(params).query());
        String segmentId = params.getFirst("segment");
        if (!blank(segmentId)) {
            thirdParties.segments(me).stream()
                    .filter(s -> s.id().toString().equals(segmentId))
                    .findFirst()
                    .ifPresent(s -> model.addAttribute("activeSegment", s));
        }
        try {
            ThirdPartyFilter filter = ThirdPartyFilter.fromParams(effective, zone(me));
            ListPage<ThirdPartyDetails> page =
                    thirdParties.list(me, filter, PageRequest.of(PAGE_SIZE, params.getFirst("cursor")));
            model.addAttribute("page", page);
            model.addAttribute("count", thirdParties.count(me, filter));
            model.addAttribute("filtered", !filter.isEmpty());
        } catch (InvalidInputException e) {
            model.addAttribute("page", new ListPage<ThirdPartyDetails>(List.of(), null));
            model.addAttribute("filterErrors", resolve(e));
        }
        return VIEW_LIST;
    }

    /** The next page of rows, for htmx's "load more". */
    @GetMapping("/rows")
    String rows(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> params, Model model) {
        MultiValueMap<String, String> effective = thirdParties.withSegment(me, params);
        model.addAttribute("links", new ListLinks(effective));
        commonListModel(me, model);
        ThirdPartyFilter filter = ThirdPartyFilter.fromParams(effective, zone(me));
        model.addAttribute("page", thirdParties.list(me, filter, PageRequest.of(PAGE_SIZE, params.getFirst("cursor"))));
        return VIEW_ROWS;
    }

    @PostMapping("/{id}/status")
    String status(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String status,
            @RequestParam(required = false) String view,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ProspectStatus value;
        try {
            value = ProspectStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "validation.choice");
        }
        ThirdPartyDetails d = thirdParties.changeStatus(me, tp(id), value, null);
        return rowOrBack(me, d, htmx, view, request, response, model);
    }

    @PostMapping("/{id}/potential")
    String potential(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String potential,
            @RequestParam(required = false) String view,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ThirdPartyDetails d = thirdParties.changePotential(me, tp(id), potential, null);
        return rowOrBack(me, d, htmx, view, request, response, model);
    }

    /**
     * After a one-click change: with htmx, the list's row, or on the record page its status and potential (and the
     * potential among the facts) while the timeline reloads itself; without, back where the user was.
     */
    private String rowOrBack(
            RelanceUser me,
            ThirdPartyDetails d,
            String htmx,
            String view,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (htmx != null && "record".equals(view)) {
            model.addAttribute("d", d);
            model.addAttribute("statuses", ProspectStatus.values());
            model.addAttribute("potentials", thirdParties.potentialLevels(me.workspaceId()));
            model.addAttribute("oob", true);
            response.setHeader("HX-Trigger", TIMELINE_CHANGED);
            return VIEW_RECORD + " :: state";
        }
        if (htmx != null) {
            commonListModel(me, model);
            model.addAttribute("d", d);
            return VIEW_ROW;
        }
        return "redirect:" + back(request, "/thirdparties");
    }

    @PostMapping("/bulk")
    String bulk(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) List<String> ids,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String potential,
            @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) String addTag,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        try {
            List<UUID> selected =
                    ids == null ? List.of() : ids.stream().map(Ids::parse).toList();
            int changed = thirdParties.bulk(
                    me,
                    new BulkChange(
                            selected,
                            blank(status) ? null : ProspectStatus.valueOf(status),
                            blank(potential) ? null : potential,
                            blank(ownerId) ? null : Ids.parse(ownerId),
                            blank(addTag) ? null : addTag));
            redirect.addFlashAttribute("flashText", text("thirdparty.bulk.done", changed));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorText", String.join(" ", resolve(e).values()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errorText", text("validation.choice"));
        }
        return "redirect:/thirdparties" + (back.isBlank() || !back.matches("[^:]*") ? "" : "?" + back);
    }

    @PostMapping("/segments")
    String saveSegment(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean shared,
            @RequestParam(defaultValue = "") String query,
            RedirectAttributes redirect) {
        MultiValueMap<String, String> decoded = ThirdPartyFilter.parseQuery(query);
        try {
            var segment = thirdParties.saveSegment(me, name, ThirdPartyFilter.fromParams(decoded, zone(me)), shared);
            redirect.addFlashAttribute("flashText", text("thirdparty.segment.saved", segment.name()));
            return "redirect:/thirdparties?segment=" + segment.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorText", String.join(" ", resolve(e).values()));
            return "redirect:/thirdparties" + (query.isBlank() ? "" : "?" + query);
        }
    }

    @PostMapping("/segments/{segmentId}/delete")
    String deleteSegment(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String segmentId, RedirectAttributes redirect) {
        thirdParties.deleteSegment(me, Ids.parse(segmentId));
        redirect.addFlashAttribute("flashText", text("thirdparty.segment.deleted"));
        return "redirect:/thirdparties";
    }

    /**
     * Keeps the columns ticked in the list's "Columns" form, in its order; {@code move=up:<key>} or
     * {@code down:<key>} moves one first (the form's arrows, which work without JavaScript), {@code reset} goes
     * back to the defaults. Back to the list with its filters.
     */
    @PostMapping("/columns")
    String columns(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) List<String> columns,
            @RequestParam(defaultValue = "") String move,
            @RequestParam(defaultValue = "false") boolean reset,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        try {
            if (reset) {
                thirdParties.resetListColumns(me);
                redirect.addFlashAttribute("flashText", text("thirdparty.columns.reset.done"));
            } else if (!move.isBlank()) {
                thirdParties.chooseListColumns(me, moved(columns == null ? List.of() : columns, move));
                redirect.addFlashAttribute("columnsOpen", true);
            } else {
                thirdParties.chooseListColumns(me, columns == null ? List.of() : columns);
                redirect.addFlashAttribute("flashText", text("thirdparty.columns.saved"));
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("columnsOpen", true);
            redirect.addFlashAttribute(
                    "columnsErrors",
                    e.problems().stream().map(p -> text(p.code(), p.args())).toList());
        }
        return "redirect:/thirdparties" + (back.isBlank() || !back.matches("[^:\\s]*") ? "" : "?" + back);
    }

    /** The keys with one moved a place up or down ({@code up:<key>}, {@code down:<key>}); as they were otherwise. */
    static List<String> moved(List<String> keys, String move) {
        List<String> result = new ArrayList<>(keys);
        int colon = move.indexOf(':');
        int from = colon < 0 ? -1 : result.indexOf(move.substring(colon + 1));
        if (from < 0) {
            return result;
        }
        int to = move.startsWith("up:") ? from - 1 : move.startsWith("down:") ? from + 1 : from;
        if (to >= 0 && to < result.size()) {
            result.add(to, result.remove(from));
        }
        return result;
    }

    // --- create and edit ---

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal RelanceUser me, Model model) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", "prospect");
        values.put("country", workspaces.workspace(me.workspaceId()).country());
        values.put("ownerId", me.userId().toString());
        formModel(me, model, values, Map.of(), null);
        return VIEW_FORM;
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal RelanceUser me, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Object> values = formValues(me, form);
        try {
            ThirdPartyDetails created = thirdParties.create(
                    me, ThirdPartyChanges.fromForm(toChanges(values, true), region(me)), Source.MANUAL);
            return "redirect:/thirdparties/" + created.thirdParty().id();
        } catch (InvalidInputException e) {
            formModel(me, model, values, resolve(e), null);
            return VIEW_FORM;
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, Model model) {
        ThirdPartyDetails d = thirdParties.get(me, tp(id));
        formModel(me, model, valuesOf(d), Map.of(), d);
        return VIEW_FORM;
    }

    @PostMapping("/{id}/edit")
    String update(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartyDetails current = thirdParties.get(me, tp(id));
        Map<String, Object> values = formValues(me, form);
        try {
            Map<String, Object> changes = toChanges(values, false);
            changes.put("version", form.getFirst("version"));
            thirdParties.update(me, tp(id), ThirdPartyChanges.fromForm(changes, region(me)));
            redirect.addFlashAttribute("flash", "thirdparty.saved");
            return "redirect:/thirdparties/" + id;
        } catch (InvalidInputException e) {
            formModel(me, model, values, resolve(e), current);
            return VIEW_FORM;
        } catch (StaleVersionException e) {
            formModel(me, model, values, Map.of("form", text("problem.stale")), current);
            return VIEW_FORM;
        }
    }

    /**
     * The possible duplicates of what the new or edit form holds so far, for htmx to show under the name while the
     * user types (nothing without JavaScript: the form works as before).
     */
    @GetMapping("/duplicates")
    String duplicates(
            @AuthenticationPrincipal RelanceUser me,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String mobile,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String excludeId,
            Model model) {
        List<PossibleDuplicate> found;
        ThirdPartyId editing = null;
        try {
            editing = DuplicateView.excluded(excludeId);
            found = thirdParties.possibleDuplicates(
                    me, new DuplicateCheck(name, email, Arrays.asList(phone, mobile), country, editing));
        } catch (InvalidInputException e) {
            found = List.of();
        }
        model.addAttribute("duplicates", found);
        model.addAttribute("editing", editing);
        return VIEW_DUPLICATES;
    }

    // --- the record page and what it holds ---
    //
    // The boxes of the record page answer in place when htmx asks (HX-Request): the log box, the timeline, the
    // contacts and the files are fragments of record.html. Without JavaScript the same forms post normally and the
    // page comes again (post/redirect/get).

    @GetMapping("/{id}")
    String record(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(defaultValue = "all") String kind,
            @RequestParam(required = false) String cursor,
            Model model) {
        ThirdPartyId tpId = tp(id);
        ThirdPartyDetails d = thirdParties.get(me, tpId);
        model.addAttribute("d", d);
        ContactsPanel.fill(model, tpId, thirdParties.contacts(me, tpId), pages);
        filesModel(me, tpId, model);
        timelineModel(me, tpId, kind, cursor, model);
        logboxModel(model, LogForm.empty(), Map.of());
        model.addAttribute("exceptions", thirdParties.exceptions(me, tpId));
        model.addAttribute("members", members(me));
        model.addAttribute("fields", thirdParties.customFields(me.workspaceId()));
        model.addAttribute("potentials", thirdParties.potentialLevels(me.workspaceId()));
        model.addAttribute("statuses", ProspectStatus.values());
        model.addAttribute("today", LocalDate.now(zone(me)));
        return VIEW_RECORD;
    }

    /** The timeline alone, for its filter and its refresh after a change; without htmx, the page at that filter. */
    @GetMapping("/{id}/timeline")
    String timeline(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(defaultValue = "all") String kind,
            @RequestParam(required = false) String cursor,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        timelineModel(me, tp(id), kind, cursor, model);
        if (htmx == null) {
            return "redirect:/thirdparties/" + id + "?kind=" + kind;
        }
        return VIEW_TIMELINE;
    }

    @PostMapping("/{id}/log")
    String log(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            LogForm form,
            @RequestParam(defaultValue = "all") String kind,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartyId tpId = tp(id);
        try {
            thirdParties.log(me, tpId, form.toEvent(zone(me)));
        } catch (InvalidInputException e) {
            if (htmx == null) {
                redirect.addFlashAttribute(
                        "errorText", String.join(" ", resolve(e).values()));
                return "redirect:/thirdparties/" + id;
            }
            thirdParties.get(me, tpId); // a record out of reach is "not found", even to a wrong form
            logboxModel(model, form, resolve(e));
            model.addAttribute("recordId", tpId.value());
            return VIEW_LOGBOX;
        }
        if (htmx == null) {
            redirect.addFlashAttribute("flash", "thirdparty.logged");
            return "redirect:/thirdparties/" + id;
        }
        // The timeline keeps its filter when the entry shows in it; otherwise it shows everything again.
        String shown = validKind(kind) && EventKind.group(kind).contains(form.kind()) ? kind : "all";
        if (!shown.equals(kind)) {
            response.setHeader("HX-Replace-Url", request.getContextPath() + "/thirdparties/" + id);
        }
        logboxModel(model, form.cleared(), Map.of());
        model.addAttribute("logged", true);
        timelineModel(me, tpId, shown, null, model);
        model.addAttribute("oob", true);
        return VIEW_LOGGED;
    }

    /** The Details panel as it shows (its Cancel); without htmx, the page. */
    @GetMapping("/{id}/facts")
    String facts(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        ThirdPartyDetails d = thirdParties.get(me, tp(id));
        if (htmx == null) {
            return "redirect:/thirdparties/" + id;
        }
        factsModel(me, d, model);
        return VIEW_FACTS;
    }

    /** The Details panel as a small form (its pencil); without htmx, the full edit page. */
    @GetMapping("/{id}/facts/edit")
    String factsForm(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        ThirdPartyDetails d = thirdParties.get(me, tp(id));
        if (htmx == null) {
            return "redirect:/thirdparties/" + id + "/edit";
        }
        Map<String, Object> values = new LinkedHashMap<>(valuesOf(d));
        factsFormModel(
                me, d, model, values, Map.of(), String.valueOf(d.thirdParty().version()));
        return VIEW_FACTS_FORM;
    }

    /**
     * Saves the Details panel's facts, and only them (absent fields stay as they are), through the same checked,
     * versioned update as the edit page: the panel again and the timeline reloads; on error the form as typed.
     */
    @PostMapping("/{id}/facts")
    String saveFacts(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartyId tpId = tp(id);
        thirdParties.get(me, tpId); // a record out of reach is "not found", even to a wrong form
        Map<String, Object> typed = new LinkedHashMap<>();
        for (String field : FACT_FIELDS) {
            typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        Map<String, String> errors;
        String version = form.getFirst("version");
        try {
            Map<String, Object> changes = new LinkedHashMap<>(typed);
            changes.put("version", blank(version) ? null : version);
            ThirdPartyDetails saved = thirdParties.update(me, tpId, ThirdPartyChanges.fromForm(changes, region(me)));
            if (htmx == null) {
                redirect.addFlashAttribute("flash", "thirdparty.saved");
                return "redirect:/thirdparties/" + id;
            }
            timelineChanged(response);
            factsModel(me, saved, model);
            model.addAttribute("factsNotice", "thirdparty.saved");
            model.addAttribute("reachOob", true);
            return VIEW_FACTS_SAVED;
        } catch (InvalidInputException e) {
            errors = resolve(e);
        } catch (StaleVersionException e) {
            errors = Map.of("form", text("problem.stale"));
            version = null; // what is typed may be saved over the new version, now that the user was told
        }
        if (htmx == null) {
            redirect.addFlashAttribute("errorText", String.join(" ", errors.values()));
            return "redirect:/thirdparties/" + id;
        }
        ThirdPartyDetails current = thirdParties.get(me, tpId);
        factsFormModel(
                me,
                current,
                model,
                typed,
                errors,
                version == null ? String.valueOf(current.thirdParty().version()) : version);
        return VIEW_FACTS_FORM;
    }

    @PostMapping("/{id}/files")
    String upload(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam("file") MultipartFile file,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        ThirdPartyId tpId = tp(id);
        try {
            thirdParties.attach(me, tpId, file.getOriginalFilename(), file.getBytes());
            if (htmx == null) {
                redirect.addFlashAttribute("flash", "thirdparty.file.added");
                return "redirect:/thirdparties/" + id;
            }
            model.addAttribute("filesNotice", "thirdparty.file.added");
            timelineChanged(response);
        } catch (InvalidInputException e) {
            if (htmx == null) {
                redirect.addFlashAttribute(
                        "errorText", String.join(" ", resolve(e).values()));
                return "redirect:/thirdparties/" + id;
            }
            model.addAttribute("fileError", String.join(" ", resolve(e).values()));
        }
        filesModel(me, tpId, model);
        return VIEW_FILES;
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> download(
            @AuthenticationPrincipal RelanceUser me, @PathVariable String id, @PathVariable String fileId) {
        StoredFile file = thirdParties.file(me, tp(id), Ids.parse(fileId));
        InputStream in = thirdParties.open(me, file);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .body(new InputStreamResource(in));
    }

    @PostMapping("/{id}/files/{fileId}/delete")
    String removeFile(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String fileId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ThirdPartyId tpId = tp(id);
        thirdParties.removeFile(me, tpId, Ids.parse(fileId));
        if (htmx == null) {
            redirect.addFlashAttribute("flash", "thirdparty.file.removed");
            return "redirect:/thirdparties/" + id;
        }
        model.addAttribute("filesNotice", "thirdparty.file.removed");
        timelineChanged(response);
        filesModel(me, tpId, model);
        return VIEW_FILES;
    }

    // --- what the record page's fragments need ---

    private void timelineModel(RelanceUser me, ThirdPartyId tpId, String kind, String cursor, Model model) {
        model.addAttribute(
                "timeline", thirdParties.timeline(me, tpId, EventKind.group(kind), PageRequest.of(30, cursor)));
        model.addAttribute("recordId", tpId.value());
        model.addAttribute("kind", kind);
        model.addAttribute("membersById", membersById(me));
        Map<String, String> potentialLabels = new LinkedHashMap<>();
        thirdParties
                .potentialLevels(me.workspaceId())
                .forEach(p ->
                        potentialLabels.put(p.key(), p.label() != null ? p.label() : text("potential." + p.key())));
        model.addAttribute("potentialLabels", potentialLabels);
    }

    /** What the Details panel shows: the record, its potential's label, its custom fields. */
    private void factsModel(RelanceUser me, ThirdPartyDetails d, Model model) {
        model.addAttribute("d", d);
        model.addAttribute("potentials", thirdParties.potentialLevels(me.workspaceId()));
        model.addAttribute("fields", thirdParties.customFields(me.workspaceId()));
    }

    /**
     * The Details panel's form: the values (as typed after an error), the errors beside their fields and any other
     * (a stale version, a missing one) above them, the version the next save is checked against.
     */
    private void factsFormModel(
            RelanceUser me,
            ThirdPartyDetails d,
            Model model,
            Map<String, Object> values,
            Map<String, String> errors,
            String version) {
        formModel(me, model, values, errors, d);
        model.addAttribute("d", d);
        Map<String, String> others = new LinkedHashMap<>(errors);
        others.keySet().removeAll(FACT_FIELDS);
        model.addAttribute("factsFormError", others.isEmpty() ? null : String.join(" ", others.values()));
        model.addAttribute("factsVersion", version);
    }

    private void filesModel(RelanceUser me, ThirdPartyId tpId, Model model) {
        model.addAttribute("files", thirdParties.files(me, tpId));
        model.addAttribute("recordId", tpId.value());
    }

    private static void logboxModel(Model model, LogForm form, Map<String, String> errors) {
        model.addAttribute("logForm", form);
        model.addAttribute("logErrors", errors);
        model.addAttribute("handKinds", HAND_KINDS);
    }

    /** Tells the page (htmx) that the timeline has a new entry: the timeline listens and reloads itself. */
    private static void timelineChanged(HttpServletResponse response) {
        response.setHeader("HX-Trigger", TIMELINE_CHANGED);
    }

    private static boolean validKind(String kind) {
        try {
            EventKind.group(kind);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    @PostMapping("/{id}/owner")
    String owner(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String ownerId,
            @RequestParam Long version,
            RedirectAttributes redirect) {
        try {
            thirdParties.reassign(me, tp(id), new UserId(Ids.parse(ownerId)), version);
            redirect.addFlashAttribute("flash", "thirdparty.owner.changed");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("errorText", text("problem.stale"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorText", String.join(" ", resolve(e).values()));
        }
        return "redirect:/thirdparties/" + id;
    }

    @PostMapping("/{id}/exceptions")
    String grant(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String userId,
            @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            java.time.Instant endsAt = blank(until)
                    ? null
                    : LocalDate.parse(until).plusDays(1).atStartOfDay(zone(me)).toInstant();
            thirdParties.grantException(me, tp(id), new UserId(Ids.parse(userId)), endsAt, reason);
            redirect.addFlashAttribute("flash", "thirdparty.exception.granted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorText", String.join(" ", resolve(e).values()));
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("errorText", text("validation.date"));
        }
        return "redirect:/thirdparties/" + id;
    }

    @PostMapping("/{id}/exceptions/{exceptionId}/revoke")
    String revoke(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @PathVariable String exceptionId,
            RedirectAttributes redirect) {
        thirdParties.revokeException(me, tp(id), Ids.parse(exceptionId));
        redirect.addFlashAttribute("flash", "thirdparty.exception.revoked");
        return "redirect:/thirdparties/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        thirdParties.delete(me, tp(id));
        redirect.addFlashAttribute("flash", "thirdparty.deleted");
        return "redirect:/thirdparties";
    }

    @PostMapping("/{id}/restore")
    String restore(@AuthenticationPrincipal RelanceUser me, @PathVariable String id, RedirectAttributes redirect) {
        thirdParties.restore(me, tp(id));
        redirect.addFlashAttribute("flashText", text("thirdparty.restored"));
        return "redirect:/thirdparties/" + id;
    }

    // --- merge ---

    @GetMapping("/{id}/merge")
    String mergeForm(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String duplicate,
            Model model) {
        ThirdPartyDetails survivor = thirdParties.get(me, tp(id));
        model.addAttribute("survivor", survivor);
        model.addAttribute("membersById", membersById(me));
        model.addAttribute("fields", thirdParties.customFields(me.workspaceId()));
        model.addAttribute("q", duplicate);
        if (!duplicate.isBlank()) {
            String key = duplicate.strip();
            ThirdPartyDetails found = findDuplicate(me, key, survivor);
            if (found == null) {
                MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
                p.add("q", key);
                List<ThirdPartyDetails> candidates;
                try {
                    candidates =
                            thirdParties
                                    .list(me, ThirdPartyFilter.fromParams(p, zone(me)), PageRequest.of(10, null))
                                    .items()
                                    .stream()
                                    .filter(c -> !c.thirdParty()
                                            .id()
                                            .equals(survivor.thirdParty().id()))
                                    .toList();
                } catch (InvalidInputException e) {
                    candidates = List.of();
                }
                // A code typed in full picks its third party at once.
                found = candidates.stream()
                        .filter(c -> key.equalsIgnoreCase(c.thirdParty().code()))
                        .findFirst()
                        .orElse(null);
                if (found == null) {
                    model.addAttribute("candidates", candidates);
                }
            }
            model.addAttribute("duplicate", found);
        }
        return VIEW_MERGE;
    }

    @PostMapping("/{id}/merge")
    String merge(
            @AuthenticationPrincipal RelanceUser me,
            @PathVariable String id,
            @RequestParam String duplicateId,
            RedirectAttributes redirect) {
        try {
            thirdParties.merge(me, tp(id), tp(duplicateId));
            redirect.addFlashAttribute("flash", "thirdparty.merged");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorText", String.join(" ", resolve(e).values()));
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("errorText", text("problem.stale"));
        }
        return "redirect:/thirdparties/" + id;
    }

    private ThirdPartyDetails findDuplicate(RelanceUser me, String key, ThirdPartyDetails survivor) {
        try {
            UUID uuid = UUID.fromString(key);
            if (uuid.equals(survivor.thirdParty().id().value())) {
                return null;
            }
            return thirdParties.get(me, new ThirdPartyId(uuid));
        } catch (IllegalArgumentException | io.relance.shared.NotFoundException e) {
            return null;
        }
    }

    // --- helpers ---

    /** What a filter chip shows instead of its raw value: a person's name, a level's label, yes or no. */
    private Map<String, String> chipText(RelanceUser me, ListLinks links) {
        Map<String, String> text = new LinkedHashMap<>();
        for (ListLinks.Chip c : links.chips()) {
            String key = c.param() + "=" + c.value();
            switch (c.param()) {
                case "status" -> {
                    try {
                        text.put(key, text("status." + ProspectStatus.valueOf(c.value())));
                    } catch (IllegalArgumentException e) {
                        // shown as typed; the filter error says what is wrong
                    }
                }
                case "owner" -> {
                    if (c.value().equals("me")) {
                        text.put(key, text("thirdparty.filter.me"));
                    } else {
                        workspaces.members(me.workspaceId()).stream()
                                .filter(u -> u.id().value().toString().equals(c.value()))
                                .findFirst()
                                .ifPresent(u -> text.put(key, u.displayName()));
                    }
                }
                case "potential" ->
                    thirdParties.potentialLevels(me.workspaceId()).stream()
                            .filter(p -> p.key().equals(c.value()))
                            .findFirst()
                            .ifPresent(
                                    p -> text.put(key, p.label() != null ? p.label() : text("potential." + p.key())));
                case "prospect", "customer", "individual", "deleted" -> {
                    if (c.value().equals("true") || c.value().equals("false")) {
                        text.put(key, text("thirdparty." + (c.value().equals("true") ? "yes" : "no")));
                    }
                }
                default -> {}
            }
        }
        return text;
    }

    /** What the list, its rows and a row need; answers the columns the user sees. */
    private List<ListColumn> commonListModel(RelanceUser me, Model model) {
        List<ListColumn> columns = thirdParties.listColumns(me);
        model.addAttribute("columns", columns);
        model.addAttribute("statuses", ProspectStatus.values());
        model.addAttribute("potentials", thirdParties.potentialLevels(me.workspaceId()));
        model.addAttribute("members", members(me));
        model.addAttribute("tags", thirdParties.tags(me.workspaceId()));
        model.addAttribute("segments", thirdParties.segments(me));
        model.addAttribute("fields", thirdParties.customFields(me.workspaceId()));
        return columns;
    }

    /** The columns as the "Columns" form lists them: those shown, in their order, then the others. */
    private List<ListColumn> pickerColumns(RelanceUser me, List<ListColumn> shown) {
        List<String> shownKeys = shown.stream().map(ListColumn::key).toList();
        List<ListColumn> picker = new ArrayList<>(shown);
        thirdParties.availableListColumns(me).stream()
                .filter(c -> !shownKeys.contains(c.key()))
                .forEach(picker::add);
        return picker;
    }

    private void formModel(
            RelanceUser me,
            Model model,
            Map<String, Object> values,
            Map<String, String> errors,
            ThirdPartyDetails editing) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        model.addAttribute("fields", thirdParties.customFields(me.workspaceId()));
        model.addAttribute("members", members(me));
        model.addAttribute("statuses", ProspectStatus.values());
        model.addAttribute("potentials", thirdParties.potentialLevels(me.workspaceId()));
        model.addAttribute("countries", io.relance.shared.Countries.named(LocaleContextHolder.getLocale()));
        Map<String, String> languages = new LinkedHashMap<>();
        for (String tag : List.of("en", "fr", "es", "de", "it", "nl", "pt", "ca", "pl")) {
            languages.put(tag, Locale.forLanguageTag(tag).getDisplayLanguage(LocaleContextHolder.getLocale()));
        }
        model.addAttribute("languages", languages);
    }

    /** What the form posted, kept as typed to show it again on error. */
    private Map<String, Object> formValues(RelanceUser me, MultiValueMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : List.of(
                "name",
                "kind",
                "individual",
                "status",
                "potential",
                "email",
                "phone",
                "mobile",
                "website",
                "addressLine",
                "postalCode",
                "city",
                "country",
                "language",
                "notes",
                "tags",
                "ownerId")) {
            values.put(key, form.getFirst(key) == null ? "" : form.getFirst(key));
        }
        for (CustomField f : thirdParties.customFields(me.workspaceId())) {
            List<String> posted = form.get("customFields." + f.key());
            if (f.type() == CustomFieldType.MULTI_CHOICE) {
                values.put("customFields." + f.key(), posted == null ? List.of() : posted);
            } else if (f.type() == CustomFieldType.CHECKBOX) {
                values.put("customFields." + f.key(), posted != null && posted.contains("true"));
            } else {
                values.put("customFields." + f.key(), posted == null || posted.isEmpty() ? "" : posted.get(0));
            }
        }
        return values;
    }

    /** The posted form as the changes {@link ThirdPartyChanges#fromForm} reads. */
    private Map<String, Object> toChanges(Map<String, Object> values, boolean creating) {
        Map<String, Object> changes = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!k.startsWith("customFields.") && !k.equals("kind") && !k.equals("individual")) {
                changes.put(k, v);
            }
        });
        String kind = String.valueOf(values.get("kind"));
        changes.put("prospect", kind.equals("prospect") || kind.equals("both"));
        changes.put("customer", kind.equals("customer") || kind.equals("both"));
        changes.put("individual", "true".equals(values.get("individual")));
        if (!creating || blank(String.valueOf(values.get("ownerId")))) {
            changes.remove("ownerId");
        }
        if (blank(String.valueOf(values.get("status")))) {
            changes.remove("status");
        }
        if (blank(String.valueOf(values.get("potential")))) {
            changes.remove("potential");
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("customFields.")) {
                custom.put(k.substring("customFields.".length()), v instanceof String s && s.isBlank() ? null : v);
            }
        });
        if (!custom.isEmpty()) {
            changes.put("customFields", custom);
        }
        return changes;
    }

    private Map<String, Object> valuesOf(ThirdPartyDetails d) {
        ThirdParty t = d.thirdParty();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", t.name());
        v.put(
                "kind",
                t.prospect() && t.customer()
                        ? "both"
                        : t.prospect() ? "prospect" : t.customer() ? "customer" : "neither");
        v.put("individual", String.valueOf(t.individual()));
        v.put("status", t.status().name());
        v.put("potential", t.potential());
        v.put("email", nz(t.email()));
        v.put("phone", nz(t.phone()));
        v.put("mobile", nz(t.mobile()));
        v.put("website", nz(t.website()));
        v.put("addressLine", nz(t.addressLine()));
        v.put("postalCode", nz(t.postalCode()));
        v.put("city", nz(t.city()));
        v.put("country", nz(t.country()));
        v.put("language", nz(t.language()));
        v.put("notes", nz(t.notes()));
        v.put(
                "tags",
                String.join(
                        ", ", d.tags().stream().map(io.relance.party.Tag::name).toList()));
        v.put("version", t.version());
        d.customFields()
                .forEach((k, value) -> v.put(
                        "customFields." + k,
                        value instanceof List<?> list
                                ? list.stream().map(String::valueOf).toList()
                                : value instanceof Boolean b ? b : String.valueOf(value)));
        return v;
    }

    private List<UserSummary> members(RelanceUser me) {
        return workspaces.members(me.workspaceId()).stream()
                .filter(UserSummary::active)
                .toList();
    }

    private Map<UUID, UserSummary> membersById(RelanceUser me) {
        Map<UUID, UserSummary> byId = new LinkedHashMap<>();
        workspaces.members(me.workspaceId()).forEach(u -> byId.put(u.id().value(), u));
        return byId;
    }

    /** Field → message in the user's language. */
    private Map<String, String> resolve(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), text(p.code(), p.args()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    private ZoneId zone(RelanceUser me) {
        return workspaces.workspace(me.workspaceId()).zone();
    }

    private String region(RelanceUser me) {
        return workspaces.workspace(me.workspaceId()).country();
    }

    private static String back(HttpServletRequest request, String fallback) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return fallback;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/thirdparties")) {
                return fallback;
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static ThirdPartyId tp(String id) {
        return new ThirdPartyId(Ids.parse(id));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank() || s.equals("null");
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
