package nl.signaalwijzer.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The words an outcome must and must not say, kept as data in {@code src/test/resources/guards/*.yaml}
 * and applied to every path of the real flows, in every language: a reworded text cannot slip past a
 * guard, because the guard names the words, not the outcome. One dynamic test per rule. A rule that
 * matches no path fails too: a guard that checks nothing is a defect. The file format is described at
 * the top of {@code guards/README.md}.
 */
class WordsOnEveryPathTest {
    private static final Path GUARDS = Path.of("src/test/resources/guards");
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();

    @TestFactory
    Stream<DynamicTest> everyRuleHoldsOnEveryPathItMatches() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(GUARDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Map<String, Object> rule : rules(file)) {
                    String name = file.getFileName() + ": " + rule.get("id");
                    tests.add(DynamicTest.dynamicTest(name, () -> check(name, rule)));
                }
            }
        }
        assertThat(tests).as("guard rules in " + GUARDS).isNotEmpty();
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> root = new Yaml().load(in);
            return (List<Map<String, Object>>) root.get("rules");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(String name, Map<String, Object> rule) {
        SoftAssertions softly = new SoftAssertions();
        int matched = 0;
        for (String flowId : strings(rule.get("flows"))) {
            Flow flow = CATALOG.flow(flowId).orElseThrow(() -> new AssertionError(name + ": no flow " + flowId));
            for (FlowPath path : FlowPath.all(flow)) {
                if (!matches(rule, path)) {
                    continue;
                }
                matched++;
                String where = name + " (" + rule.getOrDefault("why", "") + ")\n  on " + flowId + ": " + path.line();
                checkIds(softly, where, "actions", actionIds(path), map(rule.get("actions")));
                checkIds(softly, where, "contacts", contactIds(path), map(rule.get("contacts")));
                for (Lang lang : flow.languages()) {
                    String text = text(path, strings(rule.getOrDefault("in", "all")), lang);
                    for (String kind : List.of("forbidden", "required")) {
                        // every language the flow offers is guarded: a rule without words in one checks nothing there
                        softly.assertThat(rule.get(kind) == null || map(rule.get(kind)).containsKey(lang.code()))
                                .as(name + ": '" + kind + "' has no words in " + lang.code() + ", which " + flowId
                                        + " offers").isTrue();
                    }
                    for (String phrase : phrases(rule.get("forbidden"), lang)) {
                        softly.assertThat(contains(text, phrase)).as(where + "\n  " + lang.code()
                                + " must not say \"" + phrase + "\" in: " + text).isFalse();
                    }
                    for (String phrase : phrases(rule.get("required"), lang)) {
                        softly.assertThat(contains(text, phrase)).as(where + "\n  " + lang.code()
                                + " must say \"" + phrase + "\" in: " + text).isTrue();
                    }
                }
            }
        }
        softly.assertThat(matched).as(name + " matches no path: it would check nothing").isPositive();
        softly.assertAll();
    }

    /** {@code when}: every named question answered with one of its options; {@code unless}: not all of them. */
    private static boolean matches(Map<String, Object> rule, FlowPath path) {
        Map<String, String> given = PathReading.given(path);
        if (rule.containsKey("outcomes") && !strings(rule.get("outcomes")).contains(path.outcome().id())) {
            return false;
        }
        if (rule.containsKey("when") && !holds(map(rule.get("when")), given)) {
            return false;
        }
        return !rule.containsKey("unless") || !holds(map(rule.get("unless")), given);
    }

    private static boolean holds(Map<String, Object> condition, Map<String, String> given) {
        for (Map.Entry<String, Object> entry : condition.entrySet()) {
            String answer = given.getOrDefault(entry.getKey(), "(not asked)");
            if (!strings(entry.getValue()).contains(answer)) {
                return false;
            }
        }
        return true;
    }

    private static void checkIds(SoftAssertions softly, String where, String kind, List<String> ids, Map<String, Object> rule) {
        for (String id : strings(rule.get("required"))) {
            softly.assertThat(ids).as(where + "\n  " + kind + " must include " + id).contains(id);
        }
        for (String id : strings(rule.get("forbidden"))) {
            softly.assertThat(ids).as(where + "\n  " + kind + " must not include " + id).doesNotContain(id);
        }
        if (rule.containsKey("first")) {
            softly.assertThat(ids).as(where + "\n  the first of the " + kind + " must be one of " + rule.get("first"))
                    .isNotEmpty();
            if (!ids.isEmpty()) {
                softly.assertThat(ids.get(0)).as(where + "\n  the first of the " + kind).isIn(strings(rule.get("first")));
            }
        }
    }

    private static List<String> actionIds(FlowPath path) {
        return path.advice().actions().stream().map(ResolvedAction::id).toList();
    }

    private static List<String> contactIds(FlowPath path) {
        return path.advice().actions().stream().flatMap(a -> a.contacts().stream()).map(Contact::id).toList();
    }

    /** The words of the parts named, as the page shows them in one language. */
    static String text(FlowPath path, List<String> parts, Lang lang) {
        Advice advice = path.advice();
        List<Text> texts = new ArrayList<>();
        for (String part : parts) {
            switch (part) {
                case "title" -> texts.add(advice.title());
                case "text" -> texts.addAll(advice.text());
                case "first-action" -> advice.actions().stream().limit(1).forEach(a -> texts.addAll(words(a)));
                case "actions" -> advice.actions().forEach(a -> texts.addAll(words(a)));
                case "action-titles" -> advice.actions().forEach(a -> texts.add(a.title()));
                case "contacts" -> advice.actions().forEach(a -> a.contacts().forEach(c -> texts.add(c.name())));
                case "why" -> texts.addAll(advice.why());
                case "next-steps" -> texts.addAll(advice.nextSteps());
                case "always" -> texts.addAll(advice.always());
                case "example-note" -> texts.addAll(advice.exampleNote());
                case "sources" -> advice.sources().forEach(s -> {
                    texts.add(s.title());
                    texts.add(s.ref());
                });
                case "all" -> {
                    texts.add(advice.title());
                    texts.addAll(advice.text());
                    advice.actions().forEach(a -> texts.addAll(words(a)));
                    texts.addAll(advice.why());
                    texts.addAll(advice.nextSteps());
                    texts.addAll(advice.always());
                    texts.addAll(advice.exampleNote());
                }
                default -> throw new AssertionError("unknown part '" + part + "' in a guard rule");
            }
        }
        return String.join(" | ", texts.stream().map(t -> t.in(lang)).toList());
    }

    private static List<Text> words(ResolvedAction action) {
        List<Text> words = new ArrayList<>(List.of(action.title(), action.text()));
        words.addAll(action.steps());
        return words;
    }

    /** A phrase is matched ignoring case; one that starts with {@code re:} is a regular expression. */
    private static boolean contains(String text, String phrase) {
        if (phrase.startsWith("re:")) {
            return Pattern.compile(phrase.substring(3), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        }
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }

    private static List<String> phrases(Object byLanguage, Lang lang) {
        return byLanguage == null ? List.of() : strings(map(byLanguage).get(lang.code()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
