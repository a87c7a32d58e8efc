package nl.signaalwijzer.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.Fixtures;

/**
 * One way to reach each outcome of each bundled flow, read from the reviewed golden files
 * ({@code flows/<flow>.paths.txt}: {@code q=o q=o -> outcome [actions]}): the first path listed for it.
 */
record EveryOutcomePaths(String flow, String outcome, List<String> answers) {

    static List<EveryOutcomePaths> all() {
        List<EveryOutcomePaths> paths = new ArrayList<>();
        try (var files = Files.list(Fixtures.REAL_FLOWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".paths.txt")).sorted().toList()) {
                String flow = file.getFileName().toString().replace(".paths.txt", "");
                Map<String, List<String>> first = new LinkedHashMap<>();
                for (String line : Files.readAllLines(file)) {
                    if (!line.contains(" -> ")) {
                        continue;
                    }
                    String[] parts = line.split(" -> ", 2);
                    String outcome = parts[1].split(" ", 2)[0];
                    List<String> answers = new ArrayList<>();
                    for (String answer : parts[0].trim().split("\\s+")) {
                        // "q=(o)": an answer implied by a skip rule; the question is not asked, so not posted
                        if (!answer.contains("=(")) {
                            answers.add(answer.replace('=', ':'));
                        }
                    }
                    first.putIfAbsent(outcome, answers);
                }
                first.forEach((outcome, answers) -> paths.add(new EveryOutcomePaths(flow, outcome, answers)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /**
     * The outcome pages among these that differ: a path's outcome page is compared from the outcome's
     * section to the end of the page (what a browser lays out below the transcript), without the hidden
     * fields that carry the answers. Two paths whose pages are the same there look the same at every size,
     * so a layout check needs only one of them. Asked of the server by plain HTTP, which costs
     * milliseconds where a browser's page load costs a tenth of a second or more.
     */
    static List<EveryOutcomePaths> distinct(List<EveryOutcomePaths> paths, nl.signaalwijzer.TestServer server,
                                            String lang) {
        Map<String, EveryOutcomePaths> byPage = new LinkedHashMap<>();
        for (EveryOutcomePaths path : paths) {
            var response = server.postForm("/gesprek",
                    nl.signaalwijzer.TestServer.answersForm(path.flow(), path.answers()) + "&lang=" + lang);
            String page = response.body();
            int outcome = page.indexOf("<section class=\"outcome");
            if (response.statusCode() != 200 || outcome < 0) {
                throw new AssertionError("no outcome page for " + path + ": HTTP " + response.statusCode());
            }
            byPage.putIfAbsent(page.substring(outcome).replaceAll("<input type=\"hidden\"[^>]*>", ""), path);
        }
        return List.copyOf(byPage.values());
    }

    /** Posts the conversation form with these answers, as the page itself would without JavaScript. */
    void open(Browser browser, String lang) {
        browser.open("/?lang=" + lang);
        post(browser, lang);
    }

    /**
     * The same post from the page that is open now if it is one of this server's: one page load, not two.
     * The form carries the language, so the page it is sent from does not matter.
     */
    void post(Browser browser, String lang) {
        // location, not WebDriver's current URL: on Chromium's own pages (an error, "send the form again?")
        // the latter still names the server's page, but a form there cannot be sent
        if (!browser.origin().equals(browser.js("return location.origin"))) {
            browser.open("/?lang=" + lang);
        }
        // the page being left is marked, so the wait below cannot take it (perhaps an outcome too) for the new one
        browser.js("document.documentElement.setAttribute('data-left', '1');"
                + "var f = document.createElement('form'); f.method = 'post'; f.action = '/gesprek#current';"
                + "function add(n, v) { var i = document.createElement('input'); i.type = 'hidden'; i.name = n;"
                + " i.value = v; f.appendChild(i); }"
                + "add('flow', arguments[0]); add('lang', arguments[2]);"
                + "arguments[1].forEach(function (a) { add('a', a); });"
                + "document.body.appendChild(f); f.submit();", flow, answers, lang);
        browser.waiting().until(d -> d.getCurrentUrl().contains("/gesprek")
                && d.findElements(org.openqa.selenium.By.cssSelector("html[data-left]")).isEmpty()
                && !d.findElements(org.openqa.selenium.By.cssSelector("section.outcome#current")).isEmpty());
    }
}
