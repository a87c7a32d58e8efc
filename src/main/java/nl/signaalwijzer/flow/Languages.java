package nl.signaalwijzer.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The languages pages and flows can be in, configured in one place: {@value #FILE}. The one bundled in the
 * jar has Dutch, English and Makkelijk lezen; a flows folder may have its own {@value #FILE} that adds
 * languages (a deployer's Turkish or Arabic) — data, with no change to the code. Every page word must then
 * exist in the new language, and every text of a flow that offers it ({@link LanguageCheck}).
 */
public final class Languages {
    public static final String FILE = "languages.yaml";

    private final Map<Lang, Language> byLang;

    private Languages(Map<Lang, Language> byLang) {
        this.byLang = byLang;
    }

    /** In the order configured: the order of the language switch. */
    public List<Language> all() {
        return List.copyOf(byLang.values());
    }

    /** The configured tags, in order, for messages: "nl, en, nl-x-easy". */
    public String tags() {
        return String.join(", ", byLang.keySet().stream().map(Lang::tag).toList());
    }

    public boolean configured(Lang lang) {
        return byLang.containsKey(lang);
    }

    /** The language configured for this tag; Dutch, the default, for one that is not configured. */
    public Language of(Lang lang) {
        Language found = byLang.get(lang);
        return found != null ? found : java.util.Objects.requireNonNull(byLang.get(Lang.NL), "Dutch is always configured");
    }

    /**
     * The bundled languages and those of a flows folder's own {@value #FILE} ({@code folderFile}, null for none).
     * Problems (a tag configured twice, a field missing) go to {@code problems} with file and line.
     */
    static Languages load(@Nullable String folderFile, List<Problem> problems) {
        Map<Lang, Language> byLang = new LinkedHashMap<>();
        read("src/main/resources/" + FILE, BundledFile.text(FILE), byLang, problems);
        if (folderFile != null) {
            read(FILE, folderFile, byLang, problems);
        }
        return new Languages(byLang);
    }

    private static void read(String file, String text, Map<Lang, Language> byLang, List<Problem> problems) {
        Reading reading = new Reading(file, problems);
        FlowReader.parse(text, reading)
                .flatMap(root -> YamlMap.of(root, reading, FILE, "languages"))
                .ifPresent(map -> map.list("languages", node -> language(node, reading))
                        .forEach(read -> {
                            if (byLang.containsKey(read.language().lang())) {
                                reading.problem(read.at(), "language '" + read.language().lang()
                                        + "' is configured twice");
                            } else {
                                byLang.put(read.language().lang(), read.language());
                            }
                        }));
    }

    private record Read(Language language, Node at) {
    }

    @SuppressWarnings("NullAway") // reads on past a missing field, so every problem of the file is reported at once
    private static @Nullable Read language(Node node, Reading reading) {
        return YamlMap.of(node, reading, "a language", "tag", "name", "direction", "html-lang", "otherwise",
                        "steps-in-view", "pictograms", "easy-read")
                .map(map -> {
                    Optional<Lang> tag = tag(map, "tag", reading);
                    String name = map.string("name");
                    String direction = map.has("direction") ? map.string("direction") : "ltr";
                    if (!"ltr".equals(direction) && !"rtl".equals(direction)) {
                        reading.problem(map.location(), "direction must be 'ltr' or 'rtl', not '" + direction + "'");
                    }
                    Lang otherwise = map.has("otherwise") ? tag(map, "otherwise", reading).orElse(Lang.NL) : Lang.NL;
                    if (tag.isEmpty() || name == null) {
                        return null;
                    }
                    String htmlLang = map.has("html-lang") ? map.string("html-lang") : tag.get().tag();
                    int stepsInView = map.integer("steps-in-view", 0, 1, 20);
                    return new Read(new Language(tag.get(), name, "rtl".equals(direction), htmlLang, otherwise,
                            stepsInView, map.bool("pictograms", false), map.bool("easy-read", false)), node);
                }).orElse(null);
    }

    private static Optional<Lang> tag(YamlMap map, String key, Reading reading) {
        String value = map.string(key);
        Optional<Lang> lang = Lang.parse(value);
        if (value != null && lang.isEmpty()) {
            reading.problem(map.location(), "'" + value + "' is not a language tag (small letters and digits,"
                    + " parts joined by '-', e.g. 'tr' or 'nl-x-easy')");
        }
        return lang;
    }
}
