package io.relance.workspace;

import io.relance.shared.Db;
import io.relance.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workspace_branding table: one row per workspace once saved. Every write names the version read (0: no row yet,
 * which inserts) and answers false when someone else wrote first.
 */
@Repository
class Brandings {

    private static final String TEXT_COLUMNS = "company_name, address_line, postal_code, city, country, phone, email,"
            + " website, registration_number, vat_number, legal_form, bank_name, iban, bic, footer_text";

    private final JdbcClient jdbc;

    Brandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The branding; the logo's bytes only when {@code withLogo} (its description always). */
    Optional<Branding> find(WorkspaceId workspace, boolean withLogo) {
        String logoBytes = withLogo ? "logo_bytes" : "CAST(NULL AS BYTEA) AS logo_bytes";
        return jdbc.sql("SELECT workspace_id, " + TEXT_COLUMNS
                        + ", logo_id, logo_type, logo_width, logo_height, " + logoBytes + ", version"
                        + " FROM workspace_branding WHERE workspace_id = ?")
                .param(workspace.value())
                .query(Brandings::map)
                .optional();
    }

    boolean saveTexts(Branding b, long readVersion) {
        Object[] texts = {
            b.companyName(),
            b.addressLine(),
            b.postalCode(),
            b.city(),
            b.country(),
            b.phone(),
            b.email(),
            b.website(),
            b.registrationNumber(),
            b.vatNumber(),
            b.legalForm(),
            b.bankName(),
            b.iban(),
            b.bic(),
            b.footerText()
        };
        if (readVersion == 0) {
            Object[] params = new Object[texts.length + 1];
            params[0] = b.workspaceId().value();
            System.arraycopy(texts, 0, params, 1, texts.length);
            return jdbc.sql(
                                    "INSERT INTO workspace_branding (workspace_id, " + TEXT_COLUMNS + ", version)"
                                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING")
                            .params(params)
                            .update()
                    == 1;
        }
        Object[] params = new Object[texts.length + 2];
        System.arraycopy(texts, 0, params, 0, texts.length);
        params[texts.length] = b.workspaceId().value();
        params[texts.length + 1] = readVersion;
        return jdbc.sql("""
                        UPDATE workspace_branding SET company_name = ?, address_line = ?, postal_code = ?, city = ?,
                               country = ?, phone = ?, email = ?, website = ?, registration_number = ?, vat_number = ?,
                               legal_form = ?, bank_name = ?, iban = ?, bic = ?, footer_text = ?, version = version + 1
                        WHERE workspace_id = ? AND version = ?""").params(params).update() == 1;
    }

    /** Puts a logo in, or takes it out ({@code logo} null). */
    boolean saveLogo(WorkspaceId workspace, Branding.Logo logo, long readVersion) {
        Object[] columns = logo == null
                ? new Object[] {null, null, null, null, null}
                : new Object[] {logo.id(), logo.contentType(), logo.width(), logo.height(), logo.bytes()};
        if (readVersion == 0) {
            return jdbc.sql("""
                            INSERT INTO workspace_branding (workspace_id, logo_id, logo_type, logo_width, logo_height,
                                   logo_bytes, version)
                            VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING""")
                            .params(workspace.value(), columns[0], columns[1], columns[2], columns[3], columns[4])
                            .update()
                    == 1;
        }
        return jdbc.sql("""
                        UPDATE workspace_branding SET logo_id = ?, logo_type = ?, logo_width = ?, logo_height = ?,
                               logo_bytes = ?, version = version + 1
                        WHERE workspace_id = ? AND version = ?""")
                        .params(
                                columns[0],
                                columns[1],
                                columns[2],
                                columns[3],
                                columns[4],
                                workspace.value(),
                                readVersion)
                        .update()
                == 1;
    }

    private static Branding map(ResultSet rs, int row) throws SQLException {
        Branding.Logo logo = null;
        if (rs.getObject("logo_id") != null) {
            byte[] bytes = rs.getBytes("logo_bytes");
            logo = new Branding.Logo(
                    Db.uuid(rs, "logo_id"),
                    rs.getString("logo_type"),
                    rs.getInt("logo_width"),
                    rs.getInt("logo_height"),
                    bytes == null ? new byte[0] : bytes);
        }
        return new Branding(
                new WorkspaceId(Db.uuid(rs, "workspace_id")),
                rs.getString("company_name"),
                rs.getString("address_line"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("country"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("website"),
                rs.getString("registration_number"),
                rs.getString("vat_number"),
                rs.getString("legal_form"),
                rs.getString("bank_name"),
                rs.getString("iban"),
                rs.getString("bic"),
                rs.getString("footer_text"),
                logo,
                rs.getLong("version"));
    }
}
