import io.relance.shared.Text;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes, on standard output, one psql script that replaces every third party of a workspace by N generated,
 * realistic ones (plus 12 users, 20 tags, 2 custom fields and their values, a few ownership exceptions and the
 * numbering counters), in one transaction, with COPY. Run through bench/generate, which pipes it into psql.
 *
 * <p>Only the JDK and the application's own text rules ({@code io.relance.shared.Text}, itself only the JDK), which
 * bench/generate compiles from the source tree first: {@code java -cp <Text's classes> bench/Generate.java
 * --workspace <uuid> [--rows 1000000] [--seed 42]}.
 *
 * <p>sort_name, name_key and search_text are computed the way the app does (ThirdParties.sortName, .nameKey,
 * SearchText: folded, digits and byte limit by the app's Text itself; the name key copied below; phone numbers
 * generated only in ranges libphonenumber holds valid, so their E.164 and national digits are known).
 * bench/Verify.java checks a sample against the app's own code.
 */
public class Generate {

    // --- the app's name key, copied from io.relance.party.ThirdParties.nameKey -----------------------------

    private static final String SPACING = "-_,;:/\\&+()[]{}\"!?*#@|~^<>=%$«»–—…·\u00A0\u202F";
    private static final String JOINING = ".'’‘`";

    static String nameKey(String sortName) {
        StringBuilder key = new StringBuilder(sortName.length());
        for (int i = 0; i < sortName.length(); i++) {
            char c = sortName.charAt(i);
            if (JOINING.indexOf(c) < 0) {
                key.append(SPACING.indexOf(c) >= 0 ? ' ' : c);
            }
        }
        String collapsed = key.toString().replaceAll(" {2,}", " ");
        if (collapsed.startsWith(" ")) {
            collapsed = collapsed.substring(1);
        }
        if (collapsed.endsWith(" ")) {
            collapsed = collapsed.substring(0, collapsed.length() - 1);
        }
        return collapsed;
    }

    // --- people, companies, places ------------------------------------------------------------------------------

    static final String[] FR_FIRST = {
        "Émilie", "Théo", "Léa", "Chloé", "Hélène", "Jérôme", "François", "Agathe", "Benoît", "Cécile", "Gaëlle",
        "Noël", "Zoé", "Anaïs", "Joël", "Maël", "Inès", "Loïc", "Clément", "Aurélie", "Marie", "Camille", "Lucas",
        "Manon", "Hugo", "Julien", "Margaux", "Mathilde", "Marc", "Marion", "Maxime", "Nicolas", "Océane",
        "Pauline", "Sébastien", "Stéphane", "Thomas", "Valérie", "Yannick", "Amélie", "Ségolène", "Hervé"
    };
    static final String[] FR_LAST = {
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Légaré",
        "Bérubé", "Gauthier", "Perrin", "Chevalier", "Fontaine", "Rousseau", "Blanchard", "Guérin", "Boyer",
        "Marchand", "Hébert", "Lemaître", "Pâris", "Bélanger", "Côté", "Gagné", "Ménard", "Noël", "Séguin"
    };
    static final String[] FR_COMPANY = {
        "{L} SARL", "SAS {L}", "Boulangerie {L}", "Garage {L}", "Établissements {L}", "{L} & Fils",
        "Cabinet {L}", "Transports {L}", "Menuiserie {L}", "Hôtel {L}", "{L} Électricité", "{L} et Associés",
        "Pâtisserie {L}", "Société Générale de Négoce {L}", "Boucherie {L}", "Agence Immobilière {L}",
        "{L}-{L2} Architectes", "Pharmacie {L}", "Fromagerie {L}", "Imprimerie {L}", "Café du Marché",
        "Brasserie de la Gare", "Crèche Les Petits Loups", "Clinique Vétérinaire {L}"
    };
    static final String[] ES_FIRST = {
        "José", "María", "Sofía", "Lucía", "Martín", "Álvaro", "Andrés", "Begoña", "Íñigo", "Jesús", "Ramón",
        "Raúl", "Rocío", "Ángela", "Mónica", "Nuria", "Pilar", "Sergio", "Javier", "Carmen", "Marta", "Pablo",
        "Daniel", "Alejandro", "Elena", "Joaquín", "Adrián", "Iván", "Belén", "Inés"
    };
    static final String[] ES_LAST = {
        "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
        "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso",
        "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco",
        "Molina", "Castillo", "Ortiz", "Rubio", "Marín", "Núñez", "Peña", "Ibáñez", "Cañizares"
    };
    static final String[] ES_COMPANY = {
        "{L} y Asociados SL", "Talleres {L}", "Construcciones {L} SA", "Panadería {L}", "Distribuciones {L} SL",
        "Hostal {L}", "Ferretería {L}", "Transportes {L} e Hijos", "Clínica Dental {L}", "Bodegas {L}",
        "Asesoría {L} y {L2}", "Inmobiliaria {L}", "Gestoría {L}", "Cafetería La Estación", "Farmacia {L}"
    };
    static final String[] DE_FIRST = {
        "Jürgen", "Günter", "Jörg", "Björn", "Sören", "Uwe", "Käthe", "Lena", "Lukas", "Anna", "Felix", "Leonie",
        "Maximilian", "Hannah", "Paul", "Mia", "Jonas", "Sophie", "Matthias", "Stefan", "Sabine", "Ursula",
        "Wolfgang", "Birgit", "Dörte", "Frauke", "Heiko", "Kai", "Marlene", "Jürn"
    };
    static final String[] DE_LAST = {
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
        "Köhler", "Groß", "Weiß", "Jäger", "Böhm", "Martens", "Strauß", "Fuß"
    };
    static final String[] DE_COMPANY = {
        "{L} GmbH", "Bäckerei {L}", "{L} & Söhne KG", "Autohaus {L}", "Elektro {L} GmbH", "Gasthof {L}",
        "{L} Maschinenbau AG", "Schreinerei {L}", "Steuerberatung {L} & {L2}", "Metzgerei {L}",
        "Zahnarztpraxis Dr. {L}", "Spedition {L} GmbH & Co. KG", "Blumen {L}", "Brauerei {L}", "Apotheke am Markt"
    };
    static final String[] EN_FIRST = {
        "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
        "David", "Barbara", "Sarah", "Emma", "Oliver", "Amelia", "Harry", "Olivia", "Jack", "Isla", "Chloe",
        "Mark", "Martha", "Marcus", "Siobhán", "Zoë", "Renée", "Noémie"
    };
    static final String[] EN_LAST = {
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Jackson", "White", "Harris", "Martin", "Thompson", "Robinson", "Clark", "Lewis",
        "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "O'Brien",
        "McDonald", "Marshall", "Ó Súilleabháin", "Brontë"
    };
    static final String[] EN_COMPANY = {
        "{L} Ltd", "{L} & Sons", "{L} Consulting", "{L} Logistics Inc", "{L} Bakery", "{L} Holdings plc",
        "{L} Marketing LLC", "{L} & {L2} Solicitors", "{L} Plumbing", "The {L} Group", "{L} Dental Care",
        "{L} Motors", "Café {L}", "{L} Software Ltd", "Riverside Garden Centre"
    };

    record City(String name, String postal, String area) {}

    record Country(
            String iso,
            String lang,
            int weight,
            String[] first,
            String[] last,
            String[] company,
            City[] cities,
            String[] mailDomains,
            String tld,
            String[] streets) {}

    static final Country[] COUNTRIES = {
        new Country(
                "FR",
                "fr",
                45,
                FR_FIRST,
                FR_LAST,
                FR_COMPANY,
                new City[] {
                    new City("Paris", "750", "1"), new City("Lyon", "69001", "4"), new City("Marseille", "13001", "4"),
                    new City("Toulouse", "31000", "5"), new City("Nice", "06000", "4"), new City("Nantes", "44000", "2"),
                    new City("Strasbourg", "67000", "3"), new City("Montpellier", "34000", "4"),
                    new City("Bordeaux", "33000", "5"), new City("Lille", "59000", "3"), new City("Rennes", "35000", "2"),
                    new City("Besançon", "25000", "3"), new City("Orléans", "45000", "2"),
                    new City("Saint-Étienne", "42000", "4"), new City("Le Mans", "72000", "2"),
                    new City("Aix-en-Provence", "13090", "4"), new City("Clermont-Ferrand", "63000", "4"),
                    new City("Nîmes", "30000", "4"), new City("Sète", "34200", "4"), new City("Angoulême", "16000", "5"),
                    new City("Châlons-en-Champagne", "51000", "3"), new City("Évry-Courcouronnes", "91000", "1")
                },
                new String[] {"orange.fr", "gmail.com", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr"},
                "fr",
                new String[] {"rue de la République", "avenue des Champs", "boulevard Saint-Michel", "rue des Lilas",
                    "place de l'Église", "chemin du Moulin", "allée des Châtaigniers", "rue Émile Zola"}),
        new Country(
                "ES",
                "es",
                17,
                ES_FIRST,
                ES_LAST,
                ES_COMPANY,
                new City[] {
                    new City("Madrid", "28001", "91"), new City("Barcelona", "08001", "93"),
                    new City("Valencia", "46001", "96"), new City("Sevilla", "41001", "95"),
                    new City("Zaragoza", "50001", "976"), new City("Málaga", "29001", "952"),
                    new City("Córdoba", "14001", "957"), new City("Bilbao", "48001", "94"),
                    new City("Alcalá de Henares", "28801", "91"), new City("A Coruña", "15001", "981"),
                    new City("León", "24001", "987"), new City("Cádiz", "11001", "956"),
                    new City("Logroño", "26001", "941")
                },
                new String[] {"gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"},
                "es",
                new String[] {"Calle Mayor", "Avenida de la Constitución", "Plaza de España", "Calle de Alcalá",
                    "Paseo de Gràcia", "Calle Príncipe de Vergara", "Camino Real"}),
        new Country(
                "DE",
                "de",
                17,
                DE_FIRST,
                DE_LAST,
                DE_COMPANY,
                new City[] {
                    new City("Berlin", "10115", "30"), new City("Hamburg", "20095", "40"),
                    new City("München", "80331", "89"), new City("Köln", "50667", "221"),
                    new City("Frankfurt am Main", "60311", "69"), new City("Stuttgart", "70173", "711"),
                    new City("Düsseldorf", "40213", "211"), new City("Leipzig", "04109", "341"),
                    new City("Nürnberg", "90402", "911"), new City("Lübeck", "23552", "451"),
                    new City("Göttingen", "37073", "551"), new City("Würzburg", "97070", "931"),
                    new City("Osnabrück", "49074", "541")
                },
                new String[] {"web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"},
                "de",
                new String[] {"Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerstraße", "Am Marktplatz",
                    "Lindenallee", "Königstraße", "Mühlenweg"}),
        new Country(
                "GB",
                "en",
                13,
                EN_FIRST,
                EN_LAST,
                EN_COMPANY,
                new City[] {
                    new City("London", "SW1A 1AA", "20"), new City("Manchester", "M1 1AE", "161"),
                    new City("Birmingham", "B1 1BB", "121"), new City("Leeds", "LS1 1UR", "113"),
                    new City("Glasgow", "G1 1XQ", "141"), new City("Bristol", "BS1 4DJ", "117"),
                    new City("Edinburgh", "EH1 1YZ", "131"), new City("Liverpool", "L1 8JQ", "151")
                },
                new String[] {"gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"},
                "co.uk",
                new String[] {"High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane",
                    "Manor Road", "Park Avenue"}),
        new Country(
                "US",
                "en",
                8,
                EN_FIRST,
                EN_LAST,
                EN_COMPANY,
                new City[] {
                    new City("New York", "10001", "212"), new City("San Francisco", "94103", "415"),
                    new City("Boston", "02108", "617"), new City("Chicago", "60601", "312"),
                    new City("Seattle", "98101", "206"), new City("Miami", "33101", "305"),
                    new City("Houston", "77002", "713"), new City("Atlanta", "30303", "404")
                },
                new String[] {"gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"},
                "com",
                new String[] {"Main Street", "Broadway", "Market Street", "Maple Avenue", "Oak Street",
                    "Washington Blvd", "Elm Street"})
    };

    // Tag name and the share of third parties that carry it.
    static final Object[][] TAGS = {
        {"vip", 0.05}, {"newsletter", 0.30}, {"b2b", 0.40}, {"b2c", 0.15}, {"partenaire", 0.04},
        {"revendeur", 0.03}, {"export", 0.06}, {"grand-compte", 0.02}, {"relance-q1", 0.08},
        {"Salon Paris 2026", 0.03}, {"webinar", 0.07}, {"inbound", 0.12}, {"referral", 0.05},
        {"churn-risk", 0.02}, {"upsell", 0.04}, {"secteur public", 0.03}, {"startup", 0.05}, {"PME", 0.20},
        {"industrie", 0.06}, {"santé", 0.04}
    };
    static final String[] COLORS = {
        "#0f6e6e", "#6f42c1", "#d63384", "#fd7e14", "#198754", "#0d6efd", "#b02a37", "#6c757d", "#997404", "#20c997"
    };
    static final String[] SEGMENTS = {"SMB", "Mid-market", "Enterprise", "Public sector"};
    static final String[] NOTES = {
        "Rappeler après les congés.", "Intéressé par l'offre annuelle ; demande un devis.",
        "Prefers e-mail, never before 10 am.", "Llamar por la mañana.", "Hat Interesse an einer Vorführung.",
        "Met at the trade fair, wants a demo.", "Budget validé pour le T2.", "Decision maker: the CFO."
    };

    // 10 sales reps and 2 managers; the password of all of them is "bench-password" (BCrypt, as the app stores).
    static final String PASSWORD_HASH = "{bcrypt}$2a$10$rG8/GzJ448vUvxEtJD9YhOMdaNs8Ad6DW0jc1Q16h1mSPFNdwRw0e";
    static final String[][] USERS = {
        {"rep01@bench.test", "Camille Lefèvre", "SALES_REP", "fr"},
        {"rep02@bench.test", "Jérôme Dubois", "SALES_REP", "fr"},
        {"rep03@bench.test", "Lucía Fernández", "SALES_REP", "es"},
        {"rep04@bench.test", "Jürgen Müller", "SALES_REP", "de"},
        {"rep05@bench.test", "Emma Taylor", "SALES_REP", "en"},
        {"rep06@bench.test", "Hélène Girard", "SALES_REP", "fr"},
        {"rep07@bench.test", "Álvaro Núñez", "SALES_REP", "es"},
        {"rep08@bench.test", "Sören Schäfer", "SALES_REP", "de"},
        {"rep09@bench.test", "Oliver Brown", "SALES_REP", "en"},
        {"rep10@bench.test", "Zoé Bérubé", "SALES_REP", "fr"},
        {"manager01@bench.test", "Stéphane Moreau", "MANAGER", "fr"},
        {"manager02@bench.test", "Sabine Köhler", "MANAGER", "de"}
    };

    // --- generation -----------------------------------------------------------------------------------------------

    private final SplittableRandom rnd;
    private final String ws;
    private final int rows;
    private final PrintWriter out;
    private final UUID[] userIds = new UUID[USERS.length];
    private final UUID[] tagIds = new UUID[TAGS.length];
    private final UUID segmentField;
    private final UUID revenueField;
    private final Instant start = Instant.parse("2022-01-01T08:00:00Z");
    private final Instant end = Instant.parse("2026-11-20T18:00:00Z");
    private final Instant now = Instant.parse("2026-11-22T00:00:00Z");

    Generate(String ws, int rows, long seed, PrintWriter out) {
        this.rnd = new SplittableRandom(seed);
        this.ws = ws;
        this.rows = rows;
        this.out = out;
        for (int i = 0; i < USERS.length; i++) {
            // Stable ids (a rerun keeps the users, their tokens and their sessions).
            userIds[i] = UUID.nameUUIDFromBytes(("relance-bench-user:" + USERS[i][0]).getBytes(StandardCharsets.UTF_8));
        }
        Instant t = Instant.parse("2021-12-01T09:00:00Z");
        for (int i = 0; i < TAGS.length; i++) {
            tagIds[i] = uuid7(t.plusSeconds(i));
        }
        segmentField = uuid7(t.plusSeconds(100));
        revenueField = uuid7(t.plusSeconds(101));
    }

    public static void main(String[] args) throws Exception {
        String ws = null;
        int rows = 1_000_000;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workspace" -> ws = UUID.fromString(args[++i]).toString();
                case "--rows" -> rows = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (ws == null) {
            throw new IllegalArgumentException("--workspace <uuid> is required");
        }
        try (PrintWriter out = new PrintWriter(
                new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20))) {
            new Generate(ws, rows, seed, out).script();
        }
    }

    void script() {
        out.println("\\set ON_ERROR_STOP on");
        out.println("SET client_encoding = 'UTF8';");
        out.println("SET maintenance_work_mem = '1GB';");
        out.println("SET session_replication_role = replica; -- the data is consistent by construction: no FK trigger per row");
        out.println("BEGIN;");
        users();
        out.println("DELETE FROM history_events WHERE workspace_id = '" + ws + "' AND target_type = 'THIRD_PARTY';");
        out.println("DELETE FROM stored_files WHERE workspace_id = '" + ws + "' AND target_type = 'THIRD_PARTY';");
        out.println("DELETE FROM segments WHERE workspace_id = '" + ws + "';");
        out.println("DELETE FROM numbering_counters WHERE workspace_id = '" + ws + "' AND kind = 'THIRD_PARTY';");
        // The bench database holds one workspace: emptying the tables is faster than deleting a million rows.
        out.println("DO $$ BEGIN IF (SELECT count(*) FROM workspaces) > 1 THEN"
                + " RAISE EXCEPTION 'bench/generate empties the third-party tables: use a database with one workspace';"
                + " END IF; END $$;");
        out.println("TRUNCATE third_parties, third_party_tags, custom_field_values, contacts, ownership_exceptions,"
                + " tags, custom_field_labels, custom_fields;");
        // Secondary indexes are dropped and rebuilt after the load (much faster than maintaining them row by row).
        out.println("CREATE TEMP TABLE bench_indexes ON COMMIT DROP AS SELECT indexname, indexdef FROM pg_indexes"
                + " WHERE schemaname = current_schema() AND tablename IN ('third_parties', 'third_party_tags',"
                + " 'custom_field_values') AND indexname NOT IN (SELECT conname FROM pg_constraint);");
        out.println("DO $$ DECLARE r record; BEGIN FOR r IN SELECT indexname FROM bench_indexes LOOP"
                + " EXECUTE 'DROP INDEX ' || quote_ident(r.indexname); END LOOP; END $$;");
        tagsAndFields();
        thirdParties();
        out.println("\\echo rebuilding indexes");
        out.println("DO $$ DECLARE r record; BEGIN FOR r IN SELECT indexdef FROM bench_indexes LOOP"
                + " EXECUTE r.indexdef; END LOOP; END $$;");
        out.println("COMMIT;");
        out.println("RESET session_replication_role;");
        out.println("\\echo vacuum analyze");
        out.println("VACUUM (ANALYZE) third_parties, third_party_tags, custom_field_values, ownership_exceptions,"
                + " tags, custom_fields, user_accounts;");
    }

    void users() {
        Instant created = Instant.parse("2021-12-01T09:00:00Z");
        out.println("INSERT INTO user_accounts (id, workspace_id, email, display_name, password_hash, role, locale,"
                + " active, created_at, version) VALUES");
        for (int i = 0; i < USERS.length; i++) {
            out.println("  (" + q(userIds[i].toString()) + ", " + q(ws) + ", " + q(USERS[i][0]) + ", " + q(USERS[i][1])
                    + ", " + q(PASSWORD_HASH) + ", " + q(USERS[i][2]) + ", " + q(USERS[i][3]) + ", true, "
                    + q(ts(created)) + ", 0)" + (i < USERS.length - 1 ? "," : ""));
        }
        out.println("ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role,"
                + " active = true;");
        // A user of that e-mail made by hand (other id or workspace) would break every owner_id written below.
        out.println("DO $$ BEGIN IF (SELECT count(*) FROM user_accounts WHERE email LIKE '%@bench.test' AND id IN ("
                + String.join(", ", java.util.Arrays.stream(userIds).map(u -> q(u.toString())).toList())
                + ") AND workspace_id = " + q(ws) + ") <> " + USERS.length
                + " THEN RAISE EXCEPTION 'the bench users exist with other ids or in another workspace'; END IF; END $$;");
    }

    void tagsAndFields() {
        out.println("INSERT INTO tags (workspace_id, id, name, name_key, color, version) VALUES");
        for (int i = 0; i < TAGS.length; i++) {
            String name = (String) TAGS[i][0];
            out.println("  (" + q(ws) + ", " + q(tagIds[i].toString()) + ", " + q(name) + ", " + q(Text.fold(name)) + ", "
                    + q(COLORS[i % COLORS.length]) + ", 0)" + (i < TAGS.length - 1 ? "," : ";"));
        }
        String created = q(ts(Instant.parse("2021-12-01T09:00:00Z")));
        out.println("INSERT INTO custom_fields (workspace_id, id, field_key, label, field_type, options, required,"
                + " position, created_at, version) VALUES");
        out.println("  (" + q(ws) + ", " + q(segmentField.toString()) + ", 'segment', 'Segment', 'CHOICE', "
                + "E'" + String.join("\\n", SEGMENTS) + "', false, 0, " + created + ", 0),");
        out.println("  (" + q(ws) + ", " + q(revenueField.toString())
                + ", 'annual_revenue', 'Annual revenue', 'AMOUNT', '', false, 1, " + created + ", 0);");
    }

    void thirdParties() {
        List<String> tagRows = new ArrayList<>();
        List<String> valueRows = new ArrayList<>();
        List<UUID> ids = new ArrayList<>(rows);
        List<Integer> owners = new ArrayList<>(rows);
        Map<String, Integer> counters = new LinkedHashMap<>();
        long span = end.toEpochMilli() - start.toEpochMilli();
        int countryWeight = 0;
        for (Country c : COUNTRIES) {
            countryWeight += c.weight();
        }

        out.println("COPY third_parties (workspace_id, id, code, name, sort_name, name_key, individual, prospect, customer,"
                + " status, potential, email, phone, phone_e164, mobile, mobile_e164, website, address_line,"
                + " postal_code, city, country, language, source, notes, owner_id, code_aliases, search_text,"
                + " merged_into, created_at, updated_at, deleted_at, version) FROM STDIN WITH (FREEZE);");
        StringBuilder line = new StringBuilder(1024);
        for (int i = 0; i < rows; i++) {
            // Created in time order, as the app would have: ids (UUIDv7) and codes follow the creation date.
            Instant created = Instant.ofEpochMilli(start.toEpochMilli() + (long) ((double) span * i / rows)
                    + rnd.nextLong(0, Math.max(1, span / rows)));
            UUID id = uuid7(created);
            ZonedDateTime at = created.atZone(ZoneOffset.UTC);
            String period = String.format("%04d%02d", at.getYear(), at.getMonthValue());
            int n = counters.merge(period, 1, Integer::sum);
            String code = String.format("CU%02d%02d-%04d", at.getYear() % 100, at.getMonthValue(), n);

            Country c = pickCountry(countryWeight);
            City city = c.cities()[rnd.nextInt(c.cities().length)];
            boolean individual = rnd.nextDouble() < 0.25;
            String first = pick(c.first());
            String last = pick(c.last());
            String name;
            if (individual) {
                name = rnd.nextDouble() < 0.15 ? first + " " + last + "-" + pick(c.last()) : first + " " + last;
            } else {
                name = pick(c.company()).replace("{L2}", pick(c.last())).replace("{L}", last);
            }
            double kind = rnd.nextDouble();
            boolean prospect = kind < 0.65 || kind >= 0.92;
            boolean customer = kind >= 0.55 && kind < 0.97;
            String status = pickWeighted(new String[] {"NEVER_CONTACTED", "TO_CONTACT", "IN_PROGRESS", "CONTACTED",
                "DO_NOT_CONTACT"}, new double[] {0.35, 0.25, 0.15, 0.20, 0.05});
            String potential = pickWeighted(new String[] {"none", "low", "medium", "high"},
                    new double[] {0.40, 0.25, 0.20, 0.15});
            String email = rnd.nextDouble() < 0.80 ? email(c, individual, first, last, name) : null;
            Phone phone = rnd.nextDouble() < 0.85 ? fixedPhone(c, city) : null;
            Phone mobile = rnd.nextDouble() < (individual ? 0.75 : 0.45) ? mobilePhone(c) : null;
            String website = !individual && rnd.nextDouble() < 0.45 ? "https://www." + slug(name) + "." + c.tld() : null;
            String address = rnd.nextDouble() < 0.70 ? address(c) : null;
            String postal = city.postal().equals("750") ? String.format("750%02d", rnd.nextInt(1, 21)) : city.postal();
            String language = rnd.nextDouble() < 0.85 ? c.lang() : null;
            String source = pickWeighted(new String[] {"MANUAL", "IMPORT", "INQUIRY", "API"},
                    new double[] {0.50, 0.35, 0.10, 0.05});
            String notes = rnd.nextDouble() < 0.20 ? "<p>" + pick(NOTES) + "</p>" : null;
            // 10 reps own ~9% each, the 2 managers ~5% each.
            int owner = rnd.nextDouble() < 0.90 ? rnd.nextInt(10) : 10 + rnd.nextInt(2);
            Instant updated = created.plusSeconds(rnd.nextLong(0, Math.max(1, (end.getEpochSecond() - created.getEpochSecond()))));
            if (rnd.nextDouble() < 0.5) {
                updated = created;
            }
            Instant deleted = rnd.nextDouble() < 0.01 ? updated : null;

            StringBuilder search = new StringBuilder();
            append(search, Text.fold(name));
            append(search, Text.fold(code));
            append(search, Text.fold(email));
            for (Phone p : new Phone[] {phone, mobile}) {
                if (p != null) {
                    append(search, Text.digits(p.typed()));
                    append(search, Text.digits(p.e164()));
                    append(search, p.nationalDigits());
                }
            }
            append(search, Text.fold(city.name()));
            append(search, Text.fold(postal));
            String sortName = Text.fold(name);

            line.setLength(0);
            field(line, ws);
            field(line, id.toString());
            field(line, code);
            field(line, name);
            field(line, sortName.length() > 200 ? sortName.substring(0, 200) : sortName);
            field(line, nameKey(sortName.length() > 200 ? sortName.substring(0, 200) : sortName));
            field(line, individual ? "t" : "f");
            field(line, prospect ? "t" : "f");
            field(line, customer ? "t" : "f");
            field(line, status);
            field(line, potential);
            field(line, email);
            field(line, phone == null ? null : phone.typed());
            field(line, phone == null ? null : phone.e164());
            field(line, mobile == null ? null : mobile.typed());
            field(line, mobile == null ? null : mobile.e164());
            field(line, website);
            field(line, address);
            field(line, postal);
            field(line, city.name());
            field(line, c.iso());
            field(line, language);
            field(line, source);
            field(line, notes);
            field(line, userIds[owner].toString());
            field(line, null);
            field(line, Text.limitBytes(search.toString(), 1500));
            field(line, null);
            field(line, ts(created));
            field(line, ts(updated));
            field(line, deleted == null ? null : ts(deleted));
            line.append("0\n");
            out.print(line);

            ids.add(id);
            owners.add(owner);
            // A tag link carries the list keys of its third party, as the app keeps them (Tags.add).
            StringBuilder keys = new StringBuilder();
            field(keys, userIds[owner].toString());
            field(keys, status);
            field(keys, potential);
            field(keys, sortName.length() > 200 ? sortName.substring(0, 200) : sortName);
            field(keys, Text.limitBytes(search.toString(), 1500));
            keys.append(deleted == null ? "\\N" : ts(deleted));
            for (int t = 0; t < TAGS.length; t++) {
                if (rnd.nextDouble() < (Double) TAGS[t][1]) {
                    tagRows.add(ws + "\t" + id + "\t" + tagIds[t] + "\t" + keys);
                }
            }
            if (rnd.nextDouble() < 0.85) {
                valueRows.add(ws + "\t" + id + "\t" + segmentField + "\t0\t"
                        + pickWeighted(SEGMENTS, new double[] {0.55, 0.25, 0.12, 0.08}) + "\t\\N\t\\N\t\\N");
            }
            if (rnd.nextDouble() < 0.70) {
                // Log-uniform from 10 k to 50 M, cents included.
                double amount = Math.exp(Math.log(10_000) + rnd.nextDouble() * (Math.log(50_000_000) - Math.log(10_000)));
                valueRows.add(ws + "\t" + id + "\t" + revenueField + "\t0\t\\N\t"
                        + BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).setScale(4) + "\t\\N\t\\N");
            }
            if (i % 100_000 == 99_999) {
                System.err.println("  " + (i + 1) + " third parties written");
            }
        }
        out.println("\\.");

        out.println("COPY third_party_tags (workspace_id, third_party_id, tag_id, owner_id, status, potential,"
                + " sort_name, search_text, deleted_at) FROM STDIN WITH (FREEZE);");
        for (String r : tagRows) {
            out.println(r);
        }
        out.println("\\.");
        out.println("COPY custom_field_values (workspace_id, third_party_id, field_id, ordinal, value_text,"
                + " value_number, value_date, value_bool) FROM STDIN WITH (FREEZE);");
        for (String r : valueRows) {
            out.println(r);
        }
        out.println("\\.");

        // Managers lent rep01 a few hundred records of other reps ("special cases"), some expired or revoked.
        out.println("COPY ownership_exceptions (workspace_id, id, third_party_id, user_id, granted_by, reason, ends_at,"
                + " created_at, revoked_at, version) FROM STDIN WITH (FREEZE);");
        int lent = 0;
        for (int i = 0; i < ids.size() && lent < Math.min(500, rows / 2000); i += 1 + rnd.nextInt(4000)) {
            if (owners.get(i) == 0) {
                continue;
            }
            lent++;
            Instant grantedAt = now.minusSeconds(86_400L * rnd.nextInt(1, 90));
            Instant endsAt = rnd.nextDouble() < 0.8 ? now.plusSeconds(86_400L * rnd.nextInt(1, 60)) : now.minusSeconds(3600);
            String revoked = rnd.nextDouble() < 0.05 ? ts(now.minusSeconds(7200)) : "\\N";
            out.println(ws + "\t" + uuid7(grantedAt) + "\t" + ids.get(i) + "\t" + userIds[0] + "\t" + userIds[10]
                    + "\tCongés de " + USERS[owners.get(i)][1] + "\t" + ts(endsAt) + "\t" + ts(grantedAt) + "\t"
                    + revoked + "\t0");
        }
        out.println("\\.");

        out.println("INSERT INTO numbering_counters (workspace_id, kind, period, last_value) VALUES");
        int k = 0;
        for (var e : counters.entrySet()) {
            out.println("  (" + q(ws) + ", 'THIRD_PARTY', '" + e.getKey() + "', " + e.getValue() + ")"
                    + (++k < counters.size() ? "," : ";"));
        }
        System.err.println("  " + rows + " third parties, " + tagRows.size() + " tag links, " + valueRows.size()
                + " custom field values, " + lent + " ownership exceptions");
    }

    // --- phones: only ranges libphonenumber holds valid, in the formats people type --------------------------------

    record Phone(String typed, String e164, String nationalDigits) {}

    String randomDigits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    Phone mobilePhone(Country c) {
        return switch (c.iso()) {
            // 6[0-24-8]x xx xx xx or 7[3-9]x xx xx xx
            case "FR" -> fr(rnd.nextDouble() < 0.8
                    ? "6" + "0124578".charAt(rnd.nextInt(7)) + randomDigits(7)
                    : "7" + (char) ('3' + rnd.nextInt(7)) + randomDigits(7));
            case "ES" -> es("6" + randomDigits(8));
            case "DE" -> de("17" + randomDigits(8), 3);
            case "GB" -> gb("7" + (char) ('1' + rnd.nextInt(3)) + randomDigits(8), 4);
            default -> us(usArea(c));
        };
    }

    Phone fixedPhone(Country c, City city) {
        return switch (c.iso()) {
            case "FR" -> {
                // 0[1-5] then a digit those regions hold valid, then 7 digits.
                String region = city.area();
                String second = switch (region) {
                    case "2" -> "01234578";
                    case "4" -> "123456789";
                    case "5" -> "012345678";
                    default -> "0123456789";
                };
                yield fr(region + second.charAt(rnd.nextInt(second.length())) + randomDigits(7));
            }
            case "ES" -> {
                String area = city.area();
                String next = area.equals("94") ? String.valueOf(1 + rnd.nextInt(9))
                        : area.equals("96") ? String.valueOf(rnd.nextInt(9)) : "";
                String nsn = area + next;
                yield es(nsn + randomDigits(9 - nsn.length()));
            }
            case "DE" -> de(city.area() + (char) ('2' + rnd.nextInt(8)) + randomDigits(9 - city.area().length()),
                    city.area().length());
            case "GB" -> {
                String nsn = city.area().equals("20")
                        ? "20" + "378".charAt(rnd.nextInt(3)) + randomDigits(7)
                        : city.area() + (char) ('2' + rnd.nextInt(3)) + randomDigits(6); // 2-4: valid in every 1x1 area
                yield gb(nsn, city.area().length());
            }
            default -> us(city.area());
        };
    }

    String usArea(Country c) {
        return c.cities()[rnd.nextInt(c.cities().length)].area();
    }

    String grouped(String s, int... sizes) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at > 0) {
                sb.append(' ');
            }
            sb.append(s, at, Math.min(s.length(), at + size));
            at += size;
        }
        if (at < s.length()) {
            sb.append(s.substring(at));
        }
        return sb.toString();
    }

    Phone fr(String nsn) {
        String national = "0" + nsn;
        String pairs = grouped(national, 2, 2, 2, 2, 2);
        String typed = switch (rnd.nextInt(6)) {
            case 0, 1 -> pairs;
            case 2 -> national;
            case 3 -> pairs.replace(' ', '.');
            case 4 -> "+33 " + grouped(nsn, 1, 2, 2, 2, 2);
            default -> "+33" + nsn;
        };
        return new Phone(typed, "+33" + nsn, national);
    }

    Phone es(String nsn) {
        String typed = switch (rnd.nextInt(5)) {
            case 0, 1 -> grouped(nsn, 3, 2, 2, 2);
            case 2 -> nsn;
            case 3 -> "+34 " + grouped(nsn, 3, 2, 2, 2);
            default -> grouped(nsn, 3, 3, 3).replace(' ', '-');
        };
        return new Phone(typed, "+34" + nsn, nsn);
    }

    Phone de(String nsn, int areaLength) {
        String national = "0" + nsn;
        String area = national.substring(0, areaLength + 1);
        String rest = national.substring(areaLength + 1);
        String typed = switch (rnd.nextInt(5)) {
            case 0, 1 -> area + " " + rest;
            case 2 -> area + "/" + rest;
            case 3 -> "+49 " + nsn.substring(0, areaLength) + " " + rest;
            default -> "(" + area + ") " + rest.substring(0, 3) + "-" + rest.substring(3);
        };
        return new Phone(typed, "+49" + nsn, national);
    }

    Phone gb(String nsn, int areaLength) {
        String national = "0" + nsn;
        String typed = switch (rnd.nextInt(4)) {
            case 0, 1 -> national.substring(0, areaLength + 1) + " " + national.substring(areaLength + 1);
            case 2 -> national;
            default -> "+44 " + nsn.substring(0, areaLength) + " " + nsn.substring(areaLength);
        };
        return new Phone(typed, "+44" + nsn, national);
    }

    Phone us(String area) {
        // Exchange 2xx-9xx, never an N11 nor 555.
        String exchange;
        do {
            exchange = (char) ('2' + rnd.nextInt(8)) + randomDigits(2);
        } while (exchange.endsWith("11") || exchange.equals("555"));
        String line = randomDigits(4);
        String nsn = area + exchange + line;
        String typed = switch (rnd.nextInt(5)) {
            case 0, 1 -> "(" + area + ") " + exchange + "-" + line;
            case 2 -> area + "-" + exchange + "-" + line;
            case 3 -> "+1 " + area + "-" + exchange + "-" + line;
            default -> area + "." + exchange + "." + line;
        };
        return new Phone(typed, "+1" + nsn, nsn);
    }

    // --- small things ------------------------------------------------------------------------------------------

    String email(Country c, boolean individual, String first, String last, String name) {
        if (individual) {
            String local = switch (rnd.nextInt(3)) {
                case 0 -> slug(first) + "." + slug(last);
                case 1 -> slug(first).charAt(0) + slug(last);
                default -> slug(first) + "." + slug(last) + rnd.nextInt(1, 100);
            };
            return local + "@" + pick(c.mailDomains());
        }
        String[] boxes = {"contact", "info", "hello", "compta", "ventas", "kontakt", "sales", "office"};
        return pick(boxes) + "@" + slug(name) + "." + c.tld();
    }

    String address(Country c) {
        int number = rnd.nextInt(1, 180);
        String street = pick(c.streets());
        return switch (c.iso()) {
            case "FR", "GB", "US" -> number + " " + street;
            default -> street + " " + number;
        };
    }

    static String slug(String text) {
        String s = Text.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    Country pickCountry(int total) {
        int r = rnd.nextInt(total);
        for (Country c : COUNTRIES) {
            r -= c.weight();
            if (r < 0) {
                return c;
            }
        }
        return COUNTRIES[0];
    }

    <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    String pickWeighted(String[] values, double[] weights) {
        double r = rnd.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    UUID uuid7(Instant at) {
        long ms = at.toEpochMilli();
        long msb = (ms << 16) | 0x7000L | rnd.nextInt(0x1000);
        long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    static void append(StringBuilder sb, String part) {
        if (part != null && !part.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " ").append(part);
        }
    }

    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    static String ts(Instant i) {
        return TS.format(i);
    }

    static String q(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** One COPY text field and its tab; null as \N, backslash, tab and line breaks escaped. */
    static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
        }
        sb.append('\t');
    }
}
