package nl.signaalwijzer.web.rendering;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import nl.signaalwijzer.flow.Lang;
import org.jspecify.annotations.Nullable;

/**
 * The pictograms of a page (a flow's {@code icon:}, see {@code pictograms/README.md}): in a language that
 * shows them, the content-hashed URL of each, which browsers may cache for a year; in every other language
 * none, so those pages carry no {@code <img>} and load nothing more. A pictogram is an {@code <img>} from
 * our own origin, so the CSP's {@code img-src 'self'} already allows it.
 */
final class PagePictograms {
    private static final String FOLDER = "/static/pictograms/";
    private final UnaryOperator<String> staticUrls;
    private final Predicate<Lang> shows;

    /**
     * @param staticUrls {@code /static/...} -> its content-hashed URL ({@link StaticAssets#hashedUrl})
     * @param shows      the languages whose pages show pictograms
     */
    PagePictograms(UnaryOperator<String> staticUrls, Predicate<Lang> shows) {
        this.staticUrls = staticUrls;
        this.shows = shows;
    }

    /** True when pages in {@code lang} show pictograms (and link their style sheet). */
    boolean shownIn(Lang lang) {
        return shows.test(lang);
    }

    /** The URL of pictogram {@code name} on a page in {@code lang}; null when there is none to show. */
    @Nullable String url(@Nullable String name, Lang lang) {
        return name == null || !shownIn(lang) ? null : staticUrls.apply(FOLDER + name + ".svg");
    }
}
