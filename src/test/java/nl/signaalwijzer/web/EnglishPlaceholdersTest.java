package nl.signaalwijzer.web;

import nl.signaalwijzer.web.routes.PageRoutes;

import static nl.signaalwijzer.TestServer.answersForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, misfit "English pages: 'vul in: telefoonnummer' stays Dutch". The bundled organisation ships
 * its local contacts as examples, with Dutch fill-in placeholders ({@code phone: "vul in: telefoonnummer"}):
 * a phone number is one string, not a text per language. No English answer may carry such a placeholder:
 * every page type (start, every question and outcome state as a page and as the fragment for
 * {@code chat.js}, privacy, quick exit, error, flows) and the API's JSON of every state, on a personal
 * device and on a kiosk, against real servers with the real flows.
 */
class EnglishPlaceholdersTest {
    /** Dutch fill-in words of organisation.yaml's examples; none is a word an English page should show. */
    private static final List<String> DUTCH_PLACEHOLDERS = List.of("vul in", "telefoonnummer", "vul je eigen");

    private static final Map<String, String> NO_LIMIT = Map.of("REQUEST_LOG", "off", "RATE_LIMIT_PER_MINUTE", "0");

    @RegisterExtension
    static final TestServer personal = TestServer.perClass(Fixtures::realCatalog, ServerSettings.DEFAULTS.with(NO_LIMIT));

    @RegisterExtension
    static final TestServer kiosk = TestServer.perClass(Fixtures::realKioskCatalog, ServerSettings.DEFAULTS.with(NO_LIMIT));

    @Test
    void theBundledExamplesReallyHaveDutchPlaceholders() {
        // Without them this test would prove nothing: it guards what an organisation ships before filling in.
        assertThat(Fixtures.realCatalog().organisation().contacts().values().stream()
                .filter(c -> c.example() && c.phone() != null && c.phone().startsWith("vul in"))).isNotEmpty();
    }

    @Test
    void noEnglishPageOrAnswerShowsADutchPlaceholder() {
        FlowCatalog catalog = Fixtures.realCatalog();
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (TestServer server : List.of(personal, kiosk)) {
            String where = server == personal ? "personal" : "kiosk";
            Map<String, Supplier<HttpResponse<String>>> pages = new LinkedHashMap<>();
            pages.put("start", () -> server.get("/?lang=en"));
            pages.put("privacy", () -> server.get("/privacy?lang=en"));
            pages.put("quick exit help", () -> server.get("/snel-weg?lang=en"));
            pages.put("not found", () -> server.get("/no-such-page?lang=en"));
            pages.put("flows", () -> server.get("/flows?lang=en"));
            for (Flow flow : catalog.flows().values()) {
                pages.put(flow.id() + " diagram", () -> server.get("/flows/" + flow.id() + "/diagram?lang=en"));
                for (List<String> answers : states(flow)) {
                    String form = answersForm(flow.id(), answers) + "&lang=en";
                    String json = "{\"lang\":\"en\",\"answers\":[" + answers.stream()
                            .map(a -> a.split(":", 2))
                            .map(a -> "{\"question\":\"" + a[0] + "\",\"option\":\"" + a[1] + "\"}")
                            .collect(Collectors.joining(",")) + "]}";
                    pages.put(flow.id() + " page " + answers, () -> server.postForm("/gesprek", form));
                    pages.put(flow.id() + " fragment " + answers, () -> server.send(HttpRequest.newBuilder(server.uri("/gesprek"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header(PageRoutes.FRAGMENT_HEADER, "1")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build()));
                    pages.put(flow.id() + " api " + answers,
                            () -> server.postJson("/api/v1/flows/" + flow.id() + "/conversation", json));
                }
            }
            for (Map.Entry<String, Supplier<HttpResponse<String>>> page : pages.entrySet()) {
                HttpResponse<String> response = page.getValue().get();
                assertThat(response.statusCode()).as(page.getKey()).isIn(200, 404);
                for (String placeholder : DUTCH_PLACEHOLDERS) {
                    if (response.body().contains(placeholder)) {
                        found.add(where + " " + page.getKey() + ": \"" + placeholder + "\"");
                    }
                }
                checked++;
            }
        }
        assertThat(checked).as("English pages and answers checked").isGreaterThan(3000);
        Map<String, Long> kinds = found.stream().collect(Collectors.groupingBy(
                f -> f.replaceFirst("^(\\S+) \\S+ (page|fragment|api) .*", "$1 $2").replaceFirst(":.*", ""),
                java.util.TreeMap::new, Collectors.counting()));
        assertThat(found).as("%d English pages or answers with a Dutch placeholder, by kind %s; the first:\n%s",
                found.size(), kinds, String.join("\n", found.subList(0, Math.min(10, found.size())))).isEmpty();
    }

    /** Every state of the flow: the answers before each question and at each outcome ({@code question:option}). */
    private static Set<List<String>> states(Flow flow) {
        Set<List<String>> states = new LinkedHashSet<>();
        for (FlowPath path : FlowPath.all(flow)) {
            List<String> given = path.answers().stream().map(a -> a.question() + ":" + a.option()).toList();
            for (int i = 0; i <= given.size(); i++) {
                states.add(List.copyOf(given.subList(0, i)));
            }
        }
        return states;
    }
}
