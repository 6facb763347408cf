package io.relance.tracking.web;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.tracking.counting.PageEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads and checks a page event's JSON: each wrong field is a field error (400), nothing is guessed. */
@Component
class PageEventReader {

    static final long LONGEST_VISIBLE_MS = 24L * 60 * 60 * 1000;
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final ObjectMapper json;

    PageEventReader(ObjectMapper json) {
        this.json = json;
    }

    PageEvent read(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "tracking.event.unreadable");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("body", "tracking.event.unreadable");
        }
        List<FieldProblem> problems = new ArrayList<>();
        UUID visitId = null;
        JsonNode visit = root.get("visitId");
        if (visit == null || !visit.isString()) {
            problems.add(new FieldProblem("visitId", "validation.required"));
        } else {
            try {
                visitId = UUID.fromString(visit.asString());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("visitId", "validation.type"));
            }
        }
        String device = null;
        JsonNode deviceNode = root.get("device");
        if (deviceNode != null && !deviceNode.isNull()) {
            if (!deviceNode.isString() || !DEVICE.matcher(deviceNode.asString()).matches()) {
                problems.add(new FieldProblem("device", "tracking.event.device"));
            } else {
                device = deviceNode.asString();
            }
        }
        PageEvent.Type type = null;
        JsonNode typeNode = root.get("type");
        if (typeNode == null || !typeNode.isString()) {
            problems.add(new FieldProblem("type", "validation.required"));
        } else {
            try {
                type = PageEvent.Type.valueOf(typeNode.asString().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("type", "tracking.event.type"));
            }
        }
        long visibleMs = 0;
        JsonNode visible = root.get("visibleMs");
        if (visible == null || !visible.isIntegralNumber()) {
            problems.add(new FieldProblem("visibleMs", "validation.required"));
        } else if (visible.asLong() < 0 || visible.asLong() > LONGEST_VISIBLE_MS) {
            problems.add(new FieldProblem("visibleMs", "tracking.event.visibleMs"));
        } else {
            visibleMs = visible.asLong();
        }
        boolean webdriver = false;
        JsonNode automated = root.get("webdriver");
        if (automated != null && !automated.isNull()) {
            if (!automated.isBoolean()) {
                problems.add(new FieldProblem("webdriver", "validation.type"));
            } else {
                webdriver = automated.asBoolean();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PageEvent(visitId, device, type, visibleMs, webdriver);
    }
}
