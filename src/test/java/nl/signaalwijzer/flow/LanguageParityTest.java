package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Dutch and English say the same facts (issue 17, "English/Dutch parity"): in every text of every file in
 * {@code flows/} (questions, help, options, outcome texts, action texts and steps, titles, own-advice lines,
 * the glossary, the organisation's names and hours, and each source title with its English gloss), the English and the Dutch give the same phone numbers,
 * the same numbers (in digits or as a word: "zes weken" is "six weeks"; "9.00" is "9:00") and the same action
 * ids, and every title (of a flow, an outcome or an action) is there in both, translated. Read straight from the YAML, so a text no path shows today is checked too.
 * The real exceptions are data in {@code src/test/resources/guards/parity/exemptions.yaml}, each with its
 * reason; an exemption that no longer excuses anything fails too.
 */
class LanguageParityTest {
    private static final Path EXEMPTIONS = Path.of("src/test/resources/guards/parity/exemptions.yaml");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])0\\d{2,3}(?:[ -]?\\d{2,4}){1,4}(?![\\d])");
    private static final Pattern TIME = Pattern.compile("(?<![\\d])(\\d{1,2})[.:](\\d{2})(?![\\d])");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d])\\d+(?:[.,]\\d+)?(?![\\d])");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("twee", "2"), Map.entry("drie", "3"), Map.entry("vier", "4"), Map.entry("vijf", "5"),
            Map.entry("zes", "6"), Map.entry("zeven", "7"), Map.entry("acht", "8"), Map.entry("negen", "9"),
            Map.entry("tien", "10"), Map.entry("elf", "11"), Map.entry("twaalf", "12"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern ACTION_ID = Pattern.compile("(?<![\\p{L}-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\\p{L}-])");

    /** One text of a flows file: where it is (file and path of ids), its line, and its two languages. */
    record Written(String where, int line, String nl, String en) {
    }

    @Test
    void everyTextGivesTheSameNumbersPhonesAndActionsInDutchAndEnglish() {
        List<String> differences = differences();
        List<Map<String, Object>> exemptions = exemptions();
        Set<String> used = new HashSet<>();
        SoftAssertions softly = new SoftAssertions();
        for (String difference : differences) {
            Map<String, Object> exemption = exemptions.stream().filter(e -> excuses(e, difference)).findFirst().orElse(null);
            if (exemption != null) {
                used.add(key(exemption));
                continue;
            }
            softly.fail(difference);
        }
        for (Map<String, Object> exemption : exemptions) {
            softly.assertThat(exemption.get("reason")).as("exemption without a reason: " + key(exemption)).isNotNull();
            softly.assertThat(used).as("exemption that excuses nothing (remove it): " + key(exemption)).contains(key(exemption));
        }
        softly.assertAll();
    }

    @Test
    void theCheckReadsEveryFlowsFileAndSeesADifference() {
        List<Written> texts = texts();
        assertThat(texts).extracting(t -> t.where().substring(0, t.where().indexOf(' ')))
                .contains("actions.yaml", "glossary.yaml", "organisation.yaml", "sources.yaml", "medewerker.yaml",
                        "client.yaml", "naaste.yaml", "zelf.yaml");
        assertThat(compare(new Written("x.yaml a/text", 1, "Bel 0800-0188 binnen zes weken, vanaf 9.00 uur. Bel 112.", "Call 0800 0188 within six weeks, from 9:00. Call 112.")))
                .isEmpty();
        assertThat(compare(new Written("x.yaml a/title", 1, "Bel 0800-2000 binnen 7 dagen, tot 17.00 uur", "Call 0800-0188 within 3 days, until 5 pm")))
                .hasSize(6);
    }

    /** Every difference in every text, one line each, as the exemptions name them. */
    static List<String> differences() {
        List<String> differences = new ArrayList<>();
        texts().forEach(text -> differences.addAll(compare(text)));
        return differences;
    }

    static List<String> compare(Written text) {
        List<String> found = new ArrayList<>();
        String at = text.where() + " (line " + text.line() + "): ";
        String tail = "\n    nl: " + text.nl() + "\n    en: " + text.en();
        diff(found, at, "phone", phones(text.nl()), phones(text.en()), tail);
        diff(found, at, "number", numbers(text.nl()), numbers(text.en()), tail);
        diff(found, at, "action id", actionIds(text.nl()), actionIds(text.en()), tail);
        if (text.where().endsWith("/title")) {
            if (text.nl().isBlank() || text.en().isBlank()) {
                found.add(at + "title missing in " + (text.nl().isBlank() ? "nl" : "en") + tail);
            } else if (text.nl().strip().equalsIgnoreCase(text.en().strip())) {
                found.add(at + "title not translated" + tail);
            }
        }
        return found;
    }

    private static void diff(List<String> found, String at, String kind, Set<String> nl, Set<String> en, String tail) {
        for (String value : nl) {
            if (!en.contains(value)) {
                found.add(at + kind + " " + value + " only in nl" + tail);
            }
        }
        for (String value : en) {
            if (!nl.contains(value)) {
                found.add(at + kind + " " + value + " only in en" + tail);
            }
        }
    }

    static Set<String> phones(String text) {
        Set<String> phones = new TreeSet<>();
        Matcher matcher = PHONE.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("\\D", "");
            if (digits.length() >= 7) {
                phones.add(digits);
            }
        }
        return phones;
    }

    static Set<String> numbers(String text) {
        Set<String> numbers = new TreeSet<>();
        String rest = PHONE.matcher(text).replaceAll(m -> m.group().replaceAll("\\D", "").length() >= 7 ? " " : m.group());
        rest = ACTION_ID.matcher(rest).replaceAll(" ");
        Matcher times = TIME.matcher(rest);
        while (times.find()) {
            numbers.add(Integer.parseInt(times.group(1)) + ":" + times.group(2));
        }
        rest = TIME.matcher(rest).replaceAll(" ");
        Matcher digits = NUMBER.matcher(rest);
        while (digits.find()) {
            numbers.add(digits.group().replace(',', '.'));
        }
        Matcher words = WORD.matcher(rest.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String number = NUMBER_WORDS.get(words.group());
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** Action ids written in the text itself, e.g. "call-112" (only the ids actions.yaml defines). */
    static Set<String> actionIds(String text) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = ACTION_ID.matcher(text);
        while (matcher.find()) {
            if (CATALOG.actions().containsKey(matcher.group())) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }

    private static final FlowCatalog CATALOG = Fixtures.realCatalog();

    /** Every {nl, en} text in every YAML file of flows/, with a readable place: file, then ids or numbers. */
    static List<Written> texts() {
        List<Written> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.REAL_FLOWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    walk(new Yaml().compose(in), file.getFileName().toString() + " ", texts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static void walk(Node node, String where, List<Written> texts) {
        if (node instanceof MappingNode mapping) {
            // a text is {nl, en}; a source in sources.yaml is its Dutch title with an English gloss {title, en}
            String nl = firstOf(scalar(mapping, "nl"), scalar(mapping, "title"));
            String en = scalar(mapping, "en");
            if (nl != null && en != null) {
                texts.add(new Written(where.strip(), node.getStartMark().getLine() + 1, nl, en));
                return;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                walk(tuple.getValueNode(), where + (where.endsWith(" ") ? "" : "/") + key, texts);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String name = item instanceof MappingNode m ? firstOf(scalar(m, "id"), scalar(m, "term"), scalar(m, "action")) : null;
                walk(item, where + "/" + (name != null ? name : String.valueOf(i + 1)), texts);
            }
        }
    }

    private static String scalar(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                    && tuple.getValueNode() instanceof ScalarNode v) {
                return v.getValue();
            }
        }
        return null;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** An exemption excuses a difference when it names its place and what differs ("number 7 only in nl"). */
    private static boolean excuses(Map<String, Object> exemption, String difference) {
        String text = String.valueOf(exemption.get("text"));
        String differs = String.valueOf(exemption.get("differs"));
        String head = difference.substring(0, difference.indexOf('\n'));
        return (text.equals("*") || head.startsWith(text + " (line ")) && head.endsWith(": " + differs);
    }

    private static String key(Map<String, Object> exemption) {
        return exemption.get("text") + ": " + exemption.get("differs");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> exemptions() {
        try (InputStream in = Files.newInputStream(EXEMPTIONS)) {
            Map<String, Object> root = new Yaml().load(in);
            Object list = root == null ? null : root.get("exemptions");
            return list == null ? List.of() : (List<Map<String, Object>>) list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
