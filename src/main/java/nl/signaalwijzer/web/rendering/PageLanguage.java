package nl.signaalwijzer.web.rendering;

import java.util.List;
import java.util.Map;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Language;

/**
 * The language a page is in, as its template needs it: the tag for links and forms, the HTML {@code lang}
 * and {@code dir}, the page words, and the other languages the page can be read in (the language switch).
 */
public record PageLanguage(Language language, Map<String, String> ui, List<Choice> others) {

    /** One entry of the language switch: a language named in its own words. */
    public record Choice(String tag, String name, String htmlLang, String dir) {
    }

    /** A page any configured language can show (the start page, privacy, quick exit, an error). */
    public static PageLanguage of(FlowCatalog catalog, Lang lang) {
        return of(catalog, lang, catalog.languages().all().stream().map(Language::lang).toList());
    }

    /** A page that can be read in the languages {@code offered} (a flow's conversation). */
    public static PageLanguage of(FlowCatalog catalog, Lang lang, List<Lang> offered) {
        List<Choice> others = offered.stream().filter(other -> !other.equals(lang))
                .map(other -> catalog.languages().of(other))
                .map(other -> new Choice(other.lang().tag(), other.name(), other.htmlLang(), other.direction()))
                .toList();
        return new PageLanguage(catalog.languages().of(lang), catalog.words().in(lang), others);
    }

    public Lang lang() {
        return language.lang();
    }

    /** One page word; a key that is not in {@code ui-text.yaml} is a mistake in the code, not an empty text. */
    String word(String key) {
        String word = ui.get(key);
        if (word == null) {
            throw new IllegalArgumentException("no page word '" + key + "'");
        }
        return word;
    }
}
