package io.relance.workspace.web;

import io.relance.shared.RelanceUser;
import io.relance.workspace.WorkspaceManagement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Dates and times in the user's language and the workspace's time zone, for the pages ({@code @dates}). */
@Component("dates")
record Dates(WorkspaceManagement workspaces) {

    private static final String ZONE_ATTRIBUTE = Dates.class.getName() + ".zone";

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .format(instant.atZone(zone()));
    }

    /** A day (a deal's expected day), in the user's language. */
    public String day(java.time.LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(LocaleContextHolder.getLocale())
                        .format(day);
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale())
                .format(instant.atZone(zone()));
    }

    /** The workspace's zone, looked up once per request. */
    ZoneId zone() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ZONE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId z) {
            return z;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ZoneId zone = auth != null && auth.getPrincipal() instanceof RelanceUser me
                ? workspaces.workspace(me.workspaceId()).zone()
                : ZoneId.of("UTC");
        if (request != null) {
            request.setAttribute(ZONE_ATTRIBUTE, zone, RequestAttributes.SCOPE_REQUEST);
        }
        return zone;
    }
}
