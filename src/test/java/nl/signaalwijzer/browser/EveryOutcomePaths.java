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

    /** Posts the conversation form with these answers, as the page itself would without JavaScript. */
    void open(Browser browser, String lang) {
        browser.open("/?lang=" + lang);
        browser.js("var f = document.createElement('form'); f.method = 'post'; f.action = '/gesprek#current';"
                + "function add(n, v) { var i = document.createElement('input'); i.type = 'hidden'; i.name = n;"
                + " i.value = v; f.appendChild(i); }"
                + "add('flow', arguments[0]); add('lang', arguments[2]);"
                + "arguments[1].forEach(function (a) { add('a', a); });"
                + "document.body.appendChild(f); f.submit();", flow, answers, lang);
        browser.waiting().until(d -> d.getCurrentUrl().contains("/gesprek")
                && !d.findElements(org.openqa.selenium.By.cssSelector("section.outcome#current")).isEmpty());
    }
}
