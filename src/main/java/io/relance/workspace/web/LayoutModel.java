package io.relance.workspace.web;

import io.relance.shared.RelanceUser;
import io.relance.workspace.Workspace;
import io.relance.workspace.WorkspaceManagement;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: who is signed in, in which workspace. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final WorkspaceManagement workspaces;

    LayoutModel(WorkspaceManagement workspaces) {
        this.workspaces = workspaces;
    }

    @ModelAttribute("me")
    RelanceUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof RelanceUser user ? user : null;
    }

    /** Which entry of the navigation is active, from the first segment of the path. */
    @ModelAttribute("nav")
    String nav(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/") || path.isEmpty()) {
            return "home";
        }
        String[] segments = path.split("/");
        return segments.length > 1 ? segments[1] : "home";
    }

    @ModelAttribute("currentWorkspace")
    Workspace currentWorkspace() {
        RelanceUser me = me();
        return me == null ? null : workspaces.workspace(me.workspaceId());
    }
}
