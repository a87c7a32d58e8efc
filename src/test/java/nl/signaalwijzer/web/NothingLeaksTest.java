package nl.signaalwijzer.web;

import nl.signaalwijzer.web.http.Json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of conversations, normal and tampered, each carrying a unique marker wherever a client
 * can put one. Afterwards the marker (and any answer) must be nowhere: not in the console or log
 * output, not in any file written meanwhile, not in any response header; and no cookie was set.
 */
class NothingLeaksTest {
    private static final int CONVERSATIONS = 200;
    private static final Pattern OPTION = Pattern.compile("<button class=\"option\" name=\"a\" value=\"([^\"]+)\"");

    private final String marker = "mk" + UUID.randomUUID().toString().replace("-", "");
    private final List<HttpResponse<String>> responses = new ArrayList<>();

    @Test
    void nothingAnyoneSendsEndsUpInLogsFilesOrHeaders() throws IOException {
        long started = System.currentTimeMillis() - 1000;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        int requests;
        try (TestServer server = TestServer.start(Fixtures.realCatalog(),
                // The request log on (it is what we inspect); a limit so high that the limiter runs but never refuses.
                ServerSettings.DEFAULTS.with(Map.of(
                        "REQUEST_LOG", "on", "RATE_LIMIT_PER_MINUTE", "1000000", "RATE_LIMIT_BURST", "1000000")))) {
            Random random = new Random(42);
            for (int i = 0; i < CONVERSATIONS; i++) {
                walkThePages(server, random);
                walkTheApi(server, random);
                tamper(server, i);
            }
            requests = responses.size();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String console = captured.toString(StandardCharsets.UTF_8);

        // The capture really held the log: one line per request, and nothing else of the requests.
        assertThat(console.lines().filter(l -> l.contains("signaalwijzer.requests")).count()).isEqualTo(requests);
        assertThat(console).doesNotContain(marker, "acute-danger", "perpetrator", "127.0.0.1", "?lang", "answers",
                "Mozilla", "Content-Type");
        for (String line : console.lines().filter(l -> l.contains("signaalwijzer.requests")).toList()) {
            assertThat(line).matches(".* INFO signaalwijzer\\.requests - [A-Z]+ (/[^ ?]*|\\(no route\\)) \\d{3} \\d+ms");
        }
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).isLessThan(500);
            response.headers().map().forEach((name, values) -> {
                assertThat(name).doesNotContainIgnoringCase(marker).isNotEqualToIgnoringCase("set-cookie");
                values.forEach(value -> assertThat(value).doesNotContain(marker));
            });
        }
        long walked = System.currentTimeMillis();
        assertThat(filesContainingTheMarker(Path.of(System.getProperty("java.io.tmpdir")), started)).isEmpty();
        assertThat(filesContainingTheMarker(Path.of("").toAbsolutePath(), started)).isEmpty();
        System.out.println("NothingLeaksTest: " + CONVERSATIONS + " conversations, " + requests
                + " requests in " + (walked - started) + " ms, marker found nowhere (files checked in "
                + (System.currentTimeMillis() - walked) + " ms)");
    }

    /** A conversation as a person without JavaScript has it: form posts, random options to an outcome. */
    private void walkThePages(TestServer server, Random random) {
        List<String> answers = new ArrayList<>();
        for (int step = 0; step < 30; step++) {
            HttpResponse<String> page = keep(server.postForm("/gesprek", TestServer.answersForm("medewerker", answers)));
            List<String> options = new ArrayList<>();
            Matcher matcher = OPTION.matcher(page.body());
            while (matcher.find()) {
                options.add(matcher.group(1));
            }
            if (options.isEmpty()) {
                assertThat(page.body()).contains("outcome-title");
                return;
            }
            answers.add(options.get(random.nextInt(options.size())));
        }
    }

    /** The same through the JSON API. */
    private void walkTheApi(TestServer server, Random random) {
        List<String> answers = new ArrayList<>();
        for (int step = 0; step < 30; step++) {
            HttpResponse<String> response = keep(server.postJson("/api/v1/flows/medewerker/conversation",
                    "{\"answers\":[" + String.join(",", answers) + "],\"lang\":\"en\"}"));
            JsonNode next = read(response.body()).get("next");
            if (next.get("type").asText().equals("outcome")) {
                return;
            }
            JsonNode options = next.get("options");
            String option = options.get(random.nextInt(options.size())).get("id").asText();
            answers.add("{\"question\":\"" + next.get("id").asText() + "\",\"option\":\"" + option + "\"}");
        }
    }

    /** The marker wherever a client can put it: answers, ids, fields, query, path, headers, JSON. */
    private void tamper(TestServer server, int i) {
        String m = marker + i;
        String enc = URLEncoder.encode(m, StandardCharsets.UTF_8);
        keep(server.postForm("/gesprek", "flow=medewerker&a=acute-danger%3A" + enc));
        keep(server.postForm("/gesprek", "flow=medewerker&a=acute-danger%3Ano&a=" + enc + "%3Ayes"));
        keep(server.postForm("/gesprek", "flow=" + enc));
        keep(server.postForm("/gesprek", "flow=medewerker&lang=" + enc));
        keep(server.postForm("/gesprek", "flow=medewerker&edit=" + enc));
        keep(server.postForm("/gesprek", enc + "=" + enc));
        keep(server.postJson("/api/v1/flows/medewerker/conversation",
                "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"" + m + "\"}]}"));
        keep(server.postJson("/api/v1/flows/" + enc + "/conversation", "{\"answers\":[]}"));
        keep(server.postJson("/api/v1/flows/medewerker/conversation", "{\"" + m + "\":1}"));
        keep(server.postJson("/api/v1/flows/medewerker/conversation", "{\"answers\":[], \"lang\":\"" + m + "\"}"));
        keep(server.get("/?lang=" + enc + "&q=" + enc));
        keep(server.get("/" + enc));
        keep(server.send(HttpRequest.newBuilder(server.uri("/privacy?" + enc))
                .header("User-Agent", m).header("X-Forwarded-For", m).header("Referer", "https://x/" + m)
                .header("Cookie", "s=" + m).header("Accept-Language", m).GET().build()));
        keep(server.post("/gesprek", "text/" + m, m));
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        responses.add(response);
        return response;
    }

    private static JsonNode read(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> filesContainingTheMarker(Path dir, long since) throws IOException {
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.find(dir, 12, (path, attrs) -> recent(attrs, since))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                try {
                    if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                        found.add(file);
                    }
                } catch (IOException | SecurityException unreadable) {
                    // a file we may not read (another user's), or one that vanished: not ours
                }
            }
        } catch (java.io.UncheckedIOException vanished) {
            // another process removed a directory while we walked; the files we did see were checked
        }
        return found;
    }

    private static boolean recent(BasicFileAttributes attrs, long since) {
        return attrs.isRegularFile() && attrs.size() < 50_000_000 && attrs.lastModifiedTime().toMillis() >= since;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
