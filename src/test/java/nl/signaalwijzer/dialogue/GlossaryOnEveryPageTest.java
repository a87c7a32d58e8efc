package nl.signaalwijzer.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Glossary;
import nl.signaalwijzer.flow.GlossaryTerm;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Text;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The glossary on the pages people read (issue 17: item 6 and misfit B1), with its data in
 * {@code src/test/resources/guards/glossary/pages.yaml}: a difficult word is explained on every page of
 * every path that uses it, and an explanation never says what the sources contradict, for any audience.
 */
class GlossaryOnEveryPageTest {
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();
    private static final Glossary GLOSSARY = CATALOG.glossary();
    private static final Map<String, Object> DATA = load(Path.of("src/test/resources/guards/glossary/pages.yaml"));

    @Test
    void everyDifficultWordIsExplainedOnEveryPageThatUsesIt() {
        SoftAssertions softly = new SoftAssertions();
        List<String> words = list(DATA.get("explained")).stream().map(w -> String.valueOf(map(w).get("word"))).toList();
        int used = 0;
        for (Flow flow : CATALOG.flows().values()) {
            Map<String, List<String>> pages = new LinkedHashMap<>();
            for (FlowPath path : FlowPath.all(flow)) {
                for (Lang lang : flow.languages()) {
                    pages.putAll(PageReading.pagesOf(flow, path, lang));
                }
            }
            for (Map.Entry<String, List<String>> page : pages.entrySet()) {
                List<GlossaryTerm> explained = GLOSSARY.termsIn(page.getValue());
                for (String word : words) {
                    if (!startsAWord(String.join(" | ", page.getValue()), word)) {
                        continue;
                    }
                    used++;
                    softly.assertThat(explained).as(flow.id() + ", " + page.getKey() + "\n  uses '" + word
                                    + "' without an explanation from glossary.yaml: " + String.join(" | ", page.getValue()))
                            .anyMatch(term -> startsAWord(word, term.term()));
                }
            }
        }
        softly.assertThat(used).as("no page uses any of the words: the check would check nothing").isPositive();
        softly.assertAll();
    }

    @Test
    void noExplanationContradictsTheSourcesForAnyAudience() {
        SoftAssertions softly = new SoftAssertions();
        for (Object item : list(DATA.get("meanings"))) {
            Map<String, Object> meaning = map(item);
            String termName = String.valueOf(meaning.get("term"));
            GlossaryTerm term = GLOSSARY.terms().stream().filter(t -> t.term().equalsIgnoreCase(termName)).findFirst()
                    .orElseThrow(() -> new AssertionError("glossary.yaml has no term '" + termName + "'"));
            Map<String, Text> audiences = new LinkedHashMap<>();
            audiences.put("(general)", term.explanation());
            CATALOG.flows().keySet().forEach(flowId -> audiences.put(flowId, term.explanationFor(flowId)));
            audiences.forEach((audience, explanation) -> {
                for (Lang lang : explanation.tags().stream().map(Lang::new).toList()) {
                    String said = explanation.in(lang);
                    String where = "issue " + meaning.get("issue") + ": '" + termName + "' for " + audience + " ("
                            + String.valueOf(meaning.get("why")).strip() + ")\n  " + lang.code() + ": " + said;
                    for (String phrase : phrases(meaning.get("required"), lang)) {
                        softly.assertThat(contains(said, phrase)).as(where + "\n  must say \"" + phrase + "\"").isTrue();
                    }
                    for (String phrase : phrases(meaning.get("forbidden"), lang)) {
                        softly.assertThat(contains(said, phrase)).as(where + "\n  must not say \"" + phrase + "\"").isFalse();
                    }
                }
            });
        }
        softly.assertAll();
    }

    /** The word starts a word in the text (so a plural or compound counts), ignoring case. */
    private static boolean startsAWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).find();
    }

    private static boolean contains(String text, String phrase) {
        if (phrase.startsWith("re:")) {
            return Pattern.compile(phrase.substring(3), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        }
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }

    private static List<String> phrases(Object byLanguage, Lang lang) {
        Object phrases = byLanguage == null ? null : map(byLanguage).get(lang.code());
        return phrases == null ? List.of() : list(phrases).stream().map(String::valueOf).toList();
    }

    static Map<String, Object> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? (List<Object>) l : new ArrayList<>(List.of(value));
    }
}
