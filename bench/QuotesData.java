import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data of bench/quotes, JDK only (and, for {@code links}, the jar's own {@code LinkTokens}, {@code WorkspaceId}
 * and {@code Hashes}, which bench/quotes unzips from the jar onto the class path).
 *
 * <ul>
 *   <li>{@code create <baseUrl> <apiToken> <thirdParties> <quotes> <out>}: creates the third parties and the quotes
 *       through the public API ({@code POST /api/v1/thirdparties}, {@code POST /api/v1/quotes}, three lines each),
 *       8 requests at a time; writes one quote id a line.
 *   <li>{@code urls <baseUrl> <apiToken> <quoteIds> <tokensOut>}: reads each quote's {@code publicUrl}
 *       ({@code GET /api/v1/quotes/{id}}), 8 at a time; writes "quoteId token" lines.
 *   <li>{@code links <workspaceId> <keyBase64> <quoteIds> <tokensOut>}: issues each quote's link exactly as the
 *       application's {@code Links.issue} does (a 32-byte SecureRandom nonce, the token = workspace id + 24 bytes of
 *       HMAC-SHA256 of the nonce under the workspace's key, only its SHA-256 stored), for when no API issues links:
 *       prints the psql COPY of {@code tracked_links} on standard output and writes "quoteId token" lines.
 *   <li>{@code newkey}: a workspace key as {@code Links} makes one when the workspace has none yet.
 * </ul>
 */
public class QuotesData {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "create" -> create(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            case "links" -> links(args[1], args[2], Path.of(args[3]), Path.of(args[4]));
            case "urls" -> urls(args[1], args[2], Path.of(args[3]), Path.of(args[4]));
            case "newkey" -> System.out.println(io.relance.tracking.link.LinkTokens.newKey());
            default -> throw new IllegalArgumentException("create | urls | links | newkey");
        }
    }

    // --- create: through the API ---------------------------------------------------------------------------------

    private static void create(String base, String token, int parties, int quotes, Path out) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        List<Future<String>> made = new ArrayList<>();
        for (int i = 1; i <= parties; i++) {
            String body = String.format(
                    Locale.ROOT,
                    "{\"name\": \"Bench Client %03d\", \"email\": \"client%03d@bench.test\"}",
                    i,
                    i);
            made.add(pool.submit(() -> post(http, base + "/api/v1/thirdparties", token, body)));
        }
        List<String> partyIds = new ArrayList<>();
        for (Future<String> f : made) {
            partyIds.add(f.get());
        }
        System.err.printf("%d third parties in %.1f s%n", partyIds.size(), seconds(started));
        LocalDate validUntil = LocalDate.now().plusDays(60);
        SplittableRandom random = new SplittableRandom(42);
        AtomicInteger done = new AtomicInteger();
        List<Future<String>> quoteIds = new ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            String party = partyIds.get(i % partyIds.size());
            String body = String.format(
                    Locale.ROOT,
                    """
                    {"thirdpartyId": "%s", "validUntil": "%s", "introduction": "Proposal %d",
                     "lines": [
                      {"kind": "ITEM", "description": "Consulting day", "quantity": %d, "unit": "day", "unitPrice": %d.50, "taxRate": 20},
                      {"kind": "ITEM", "description": "Licence, one year", "quantity": 1, "unitPrice": %d, "discountPercent": 10, "taxRate": 20},
                      {"kind": "ITEM", "description": "Training (half day)", "quantity": 2, "unitPrice": 450, "taxRate": 5.5}]}""",
                    party,
                    validUntil,
                    i + 1,
                    1 + random.nextInt(20),
                    500 + random.nextInt(500),
                    1000 + random.nextInt(9000));
            quoteIds.add(pool.submit(() -> {
                String id = post(http, base + "/api/v1/quotes", token, body);
                int n = done.incrementAndGet();
                if (n % 1000 == 0) {
                    System.err.printf("%d quotes (%.0f/s)%n", n, n / seconds(started));
                }
                return id;
            }));
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Future<String> f : quoteIds) {
                w.println(f.get());
            }
        }
        pool.shutdown();
        System.err.printf("%d quotes in %.1f s%n", quoteIds.size(), seconds(started));
    }

    private static final Pattern PUBLIC_URL = Pattern.compile("\"publicUrl\"\\s*:\\s*\"[^\"]*/q/([A-Za-z0-9_-]+)\"");

    private static void urls(String base, String token, Path quoteIds, Path out) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> lines = new ArrayList<>();
        for (String quote : Files.readAllLines(quoteIds)) {
            if (quote.isBlank()) {
                continue;
            }
            lines.add(pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/quotes/" + quote.strip()))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .build();
                String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = PUBLIC_URL.matcher(body);
                if (!m.find()) {
                    throw new IllegalStateException("no publicUrl in " + body);
                }
                return quote.strip() + " " + m.group(1);
            }));
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Future<String> f : lines) {
                w.println(f.get());
            }
        }
        pool.shutdown();
    }

    private static String post(HttpClient http, String url, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        Matcher m = ID.matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("no id in " + answer.body());
        }
        return m.group(1);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    // --- links: exactly as Links.issue --------------------------------------------------------------------------

    private static void links(String workspace, String key, Path quoteIds, Path tokensOut) throws IOException {
        io.relance.shared.WorkspaceId ws = new io.relance.shared.WorkspaceId(UUID.fromString(workspace));
        byte[] secret = io.relance.tracking.link.LinkTokens.decodeKey(key);
        String now = java.time.Instant.now().toString();
        PrintWriter sql = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        sql.println("BEGIN;");
        sql.println("COPY tracked_links (workspace_id, id, subject_type, subject_id, nonce, token_hash, created_at)"
                + " FROM STDIN;");
        try (PrintWriter tokens = new PrintWriter(Files.newBufferedWriter(tokensOut, StandardCharsets.UTF_8))) {
            for (String quote : Files.readAllLines(quoteIds)) {
                if (quote.isBlank()) {
                    continue;
                }
                String nonce = io.relance.tracking.link.LinkTokens.newNonce();
                String token = io.relance.tracking.link.LinkTokens.token(ws, secret, nonce);
                String hash = io.relance.shared.Hashes.sha256Hex(token);
                sql.println(String.join(
                        "\t", workspace, UUID.randomUUID().toString(), "quote", quote.strip(), nonce, hash, now));
                tokens.println(quote.strip() + " " + token);
            }
        }
        sql.println("\\.");
        sql.println("COMMIT;");
        sql.flush();
    }
}
