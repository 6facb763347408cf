package io.relance.workspace.security;

import io.relance.workspace.UserAccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Signs a user out everywhere when his role, password or activity changes. */
@Component
class SessionSignOut {

    private static final Logger log = LoggerFactory.getLogger(SessionSignOut.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionSignOut(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(UserAccessChanged event) {
        var open = new java.util.HashMap<>(sessions.findByPrincipalName(event.email()));
        if (event.keepSessionId() != null) {
            open.remove(event.keepSessionId());
        }
        open.keySet().forEach(sessions::deleteById);
        if (!open.isEmpty()) {
            log.info("Signed out {} session(s) of {}", open.size(), event.email());
        }
    }
}
