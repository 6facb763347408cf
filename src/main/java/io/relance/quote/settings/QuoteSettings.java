package io.relance.quote.settings;

import io.relance.shared.FieldProblem;
import io.relance.shared.InvalidInputException;
import io.relance.shared.RelanceUser;
import io.relance.shared.StaleVersionException;
import io.relance.shared.SupportedLocales;
import io.relance.shared.Text;
import io.relance.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's quote settings: how many days a new quote is valid (30 by default) and, per language, the default
 * introduction and terms a new quote starts with. Admins change them (Settings → Quotes).
 */
@Service
public class QuoteSettings {

    public static final int DEFAULT_VALIDITY_DAYS = 30;
    public static final int MAX_TEXT = 10_000;

    /** The validity in days and its version (0 while the default applies). */
    public record Validity(int days, long version) {}

    private final JdbcClient jdbc;

    QuoteSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Validity validity(WorkspaceId ws) {
        return jdbc.sql("SELECT validity_days, version FROM quote_settings WHERE workspace_id = ?")
                .params(ws.value())
                .query((rs, n) -> new Validity(rs.getInt("validity_days"), rs.getLong("version")))
                .optional()
                .orElse(new Validity(DEFAULT_VALIDITY_DAYS, 0));
    }

    /** The texts of a language; empty texts (version 0) when none were saved. */
    public QuoteTexts texts(WorkspaceId ws, String language) {
        return jdbc.sql("SELECT * FROM quote_texts WHERE workspace_id = ? AND language = ?")
                .params(ws.value(), language)
                .query((rs, n) -> new QuoteTexts(
                        language, rs.getString("introduction"), rs.getString("terms"), rs.getLong("version")))
                .optional()
                .orElse(new QuoteTexts(language, null, null, 0));
    }

    /** Saves the validity and one language's texts, each at the version read; an admin only. */
    @Transactional
    public void save(RelanceUser me, Integer days, long validityVersion, QuoteTexts texts) {
        if (!me.isAdmin()) {
            throw new AccessDeniedException("admins only");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (days == null) {
            problems.add(new FieldProblem("validityDays", "validation.required"));
        } else if (days < 1 || days > 365) {
            problems.add(new FieldProblem("validityDays", "quote.settings.validityDays.range", 1, 365));
        }
        if (!SupportedLocales.isSupported(texts.language())) {
            problems.add(new FieldProblem("language", "validation.language"));
        }
        String introduction = text("introduction", texts.introduction(), problems);
        String terms = text("terms", texts.terms(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WorkspaceId ws = me.workspaceId();
        if (!upsert(
                "UPDATE quote_settings SET validity_days = ?, version = version + 1 WHERE workspace_id = ? AND version = ?",
                new Object[] {days, ws.value(), validityVersion},
                "INSERT INTO quote_settings (workspace_id, validity_days, version) VALUES (?, ?, 1) ON CONFLICT DO NOTHING",
                new Object[] {ws.value(), days},
                validityVersion)) {
            throw new StaleVersionException();
        }
        if (!upsert(
                "UPDATE quote_texts SET introduction = ?, terms = ?, version = version + 1"
                        + " WHERE workspace_id = ? AND language = ? AND version = ?",
                new Object[] {introduction, terms, ws.value(), texts.language(), texts.version()},
                "INSERT INTO quote_texts (workspace_id, language, introduction, terms, version) VALUES (?, ?, ?, ?, 1)"
                        + " ON CONFLICT DO NOTHING",
                new Object[] {ws.value(), texts.language(), introduction, terms},
                texts.version())) {
            throw new StaleVersionException();
        }
    }

    /** Updates at a version, or inserts when none was saved (version 0); false when stale. */
    private boolean upsert(String update, Object[] updateArgs, String insert, Object[] insertArgs, long version) {
        if (jdbc.sql(update).params(updateArgs).update() == 1) {
            return true;
        }
        return version == 0 && jdbc.sql(insert).params(insertArgs).update() == 1;
    }

    /** A plain text kept as typed (line breaks allowed), at most {@link #MAX_TEXT} characters. */
    public static String text(String field, String typed, List<FieldProblem> problems) {
        return Text.clean(field, typed, MAX_TEXT, problems);
    }
}
