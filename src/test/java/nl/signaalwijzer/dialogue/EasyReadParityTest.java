package nl.signaalwijzer.dialogue;

import static nl.signaalwijzer.dialogue.GlossaryOnEveryPageTest.list;
import static nl.signaalwijzer.dialogue.GlossaryOnEveryPageTest.load;
import static nl.signaalwijzer.dialogue.GlossaryOnEveryPageTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.web.rendering.ConversationJson;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Makkelijk lezen changes the words, never the advice (issue 19): on every path of every flow that offers
 * both languages named in {@code src/test/resources/guards/parity/easy-read.yaml}, the outcome as the API
 * renders it shows the same action ids in the same order and the same phone numbers in both, and every
 * message of that file (the police talk to you first, you need not go to the person, nobody keeps it
 * secret) that a part of the Dutch outcome says, the same part says in Makkelijk lezen. How each
 * language says a message is data, with example sentences that pin what its phrases mean.
 */
class EasyReadParityTest {
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();
    private static final Map<String, Object> DATA = load(Path.of("src/test/resources/guards/parity/easy-read.yaml"));
    private static final Lang FROM = new Lang(String.valueOf(DATA.get("from")));
    private static final Lang TO = new Lang(String.valueOf(DATA.get("to")));
    /** 112, and the Dutch numbers of 7 digits or more written with or without a dash or space (0800-0188). */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d-])(?:112|0\\d{2,3}(?:[ -]?\\d{2,4}){1,4})(?![\\d])");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+|\\n+");

    @Test
    void everyPathShowsTheSameActionsPhonesAndMessagesInBothLanguages() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, Integer> saidInDutch = new LinkedHashMap<>();
        int paths = 0;
        for (Flow flow : offeringBoth()) {
            for (FlowPath path : FlowPath.all(flow)) {
                paths++;
                Map<String, Object> from = rendered(path, FROM);
                Map<String, Object> to = rendered(path, TO);
                String where = flow.id() + ": " + path.line();
                List<String> ids = actionIds(from);
                softly.assertThat(actionIds(to)).as(where + "\n  action ids in " + TO + " as in " + FROM).isEqualTo(ids);
                softly.assertThat(ids).as(where + "\n  rendered action ids as the resolved advice")
                        .isEqualTo(PathReading.actionIds(path));
                softly.assertThat(phones(to)).as(where + "\n  phone numbers in " + TO + " as in " + FROM)
                        .isEqualTo(phones(from));
                Map<String, List<String>> fromParts = parts(from);
                Map<String, List<String>> toParts = parts(to);
                for (Map<String, Object> message : messages()) {
                    String id = String.valueOf(message.get("id"));
                    fromParts.forEach((part, sentences) -> {
                        if (says(sentences, message, FROM)) {
                            saidInDutch.merge(id, 1, Integer::sum);
                            softly.assertThat(says(toParts.getOrDefault(part, List.of()), message, TO))
                                    .as(where + "\n  " + FROM + " says '" + id + "' in " + part + ", " + TO + " does not ("
                                            + String.valueOf(message.get("why")).strip() + ")\n  " + FROM + ": "
                                            + String.join(" ", sentences) + "\n  " + TO + ": "
                                            + String.join(" ", toParts.getOrDefault(part, List.of())))
                                    .isTrue();
                        }
                    });
                }
            }
        }
        softly.assertThat(paths).as("no flow offers both " + FROM + " and " + TO + ": the check would check nothing")
                .isPositive();
        for (Map<String, Object> message : messages()) {
            softly.assertThat(saidInDutch).as("no " + FROM + " outcome says '" + message.get("id") + "': it checks nothing")
                    .containsKey(String.valueOf(message.get("id")));
        }
        softly.assertAll();
    }

    @Test
    void thePhrasesOfEachLanguageFindWhatTheyMeanAndNothingElse() {
        SoftAssertions softly = new SoftAssertions();
        for (Map<String, Object> message : messages()) {
            for (Lang lang : List.of(FROM, TO)) {
                Map<String, Object> examples = map(map(message.get("examples")).get(lang.code()));
                softly.assertThat(phrases(message, lang)).as(message.get("id") + ": phrases in " + lang).isNotEmpty();
                softly.assertThat(list(examples.get("says"))).as(message.get("id") + ": examples in " + lang).isNotEmpty();
                for (Object sentence : list(examples.get("says"))) {
                    softly.assertThat(says(List.of(String.valueOf(sentence)), message, lang))
                            .as(message.get("id") + " in " + lang + " finds: " + sentence).isTrue();
                }
                for (Object sentence : list(examples.get("not"))) {
                    softly.assertThat(says(List.of(String.valueOf(sentence)), message, lang))
                            .as(message.get("id") + " in " + lang + " does not find: " + sentence).isFalse();
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void phoneNumbersAreFoundInTheWaysTheTextsWriteThem() {
        assertThat(phonesIn("Bel 112. Bel 0800-0188, of 0900 8844. In de eerste 7 dagen, om 9.00 uur, in 2026."))
                .containsExactly("08000188", "09008844", "112");
    }

    private static List<Flow> offeringBoth() {
        return CATALOG.flows().values().stream().filter(f -> f.languages().containsAll(List.of(FROM, TO))).toList();
    }

    /** The outcome of a path as the API's {@code next} in one language. */
    private static Map<String, Object> rendered(FlowPath path, Lang lang) {
        return map(ConversationJson.body(path.end(), CATALOG, lang).get("next"));
    }

    private static List<String> actionIds(Map<String, Object> outcome) {
        return list(outcome.get("actions")).stream().map(a -> String.valueOf(map(a).get("id"))).toList();
    }

    /**
     * The parts a message is compared in, each as its sentences: title, text, every action (its title,
     * text and steps) by place and id, why, next steps, always. The sources are the same in every language.
     */
    private static Map<String, List<String>> parts(Map<String, Object> outcome) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        parts.put("title", sentences(String.valueOf(outcome.get("title"))));
        parts.put("text", sentences(String.valueOf(outcome.get("text"))));
        List<Object> actions = list(outcome.get("actions"));
        for (int i = 0; i < actions.size(); i++) {
            Map<String, Object> action = map(actions.get(i));
            List<String> sentences = new ArrayList<>(sentences(String.valueOf(action.get("title"))));
            sentences.addAll(sentences(String.valueOf(action.get("text"))));
            list(action.get("steps")).forEach(step -> sentences.addAll(sentences(String.valueOf(step))));
            parts.put("action " + (i + 1) + " (" + action.get("id") + ")", sentences);
        }
        for (String part : List.of("why", "nextSteps", "always")) {
            parts.put(part, sentences(String.valueOf(outcome.get(part))));
        }
        return parts;
    }

    private static List<String> sentences(String text) {
        return SENTENCE_END.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every phone number the outcome shows, in its texts, steps and contacts (digits only). */
    private static Set<String> phones(Map<String, Object> outcome) {
        return phonesIn(words(outcome));
    }

    static Set<String> phonesIn(String text) {
        Set<String> phones = new TreeSet<>();
        Matcher matcher = PHONE.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("\\D", "");
            if (digits.equals("112") || digits.length() >= 7) {
                phones.add(digits);
            }
        }
        return phones;
    }

    /** All the words an outcome shows but its sources (which are the same in every language), one per line. */
    private static String words(Object value) {
        if (value instanceof Map<?, ?> fields) {
            List<String> words = new ArrayList<>();
            fields.forEach((key, field) -> {
                if (!List.of("sources", "id", "type").contains(String.valueOf(key))) {
                    words.add(words(field));
                }
            });
            return String.join("\n", words);
        }
        if (value instanceof List<?> items) {
            return String.join("\n", items.stream().map(EasyReadParityTest::words).toList());
        }
        return String.valueOf(value);
    }

    private static boolean says(List<String> sentences, Map<String, Object> message, Lang lang) {
        List<String> phrases = phrases(message, lang);
        return sentences.stream().anyMatch(s -> phrases.stream().anyMatch(p -> contains(s, p)));
    }

    private static List<String> phrases(Map<String, Object> message, Lang lang) {
        return list(map(message.get("says")).get(lang.code())).stream().map(String::valueOf).toList();
    }

    private static List<Map<String, Object>> messages() {
        return list(DATA.get("messages")).stream().map(GlossaryOnEveryPageTest::map).toList();
    }

    private static boolean contains(String text, String phrase) {
        if (phrase.startsWith("re:")) {
            return Pattern.compile(phrase.substring(3), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        }
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }
}
