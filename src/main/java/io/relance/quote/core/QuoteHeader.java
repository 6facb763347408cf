package io.relance.quote.core;

import io.relance.shared.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** What a revision says besides its lines: the contact it is addressed to, validity, language and texts. */
public record QuoteHeader(UUID contactId, LocalDate validUntil, String language, String introduction, String terms) {

    /** The header of a row of {@code quotes} or {@code quote_revisions} (the same columns in both). */
    public static QuoteHeader read(ResultSet rs) throws SQLException {
        return new QuoteHeader(
                Db.uuid(rs, "contact_id"),
                rs.getObject("valid_until", LocalDate.class),
                rs.getString("language"),
                rs.getString("introduction"),
                rs.getString("terms"));
    }
}
