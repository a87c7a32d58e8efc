package nl.signaalwijzer.web.rendering;

import java.util.function.UnaryOperator;
import nl.signaalwijzer.flow.Language;
import org.jspecify.annotations.Nullable;

/**
 * The pictograms of a page (a flow's {@code icon:}, see {@code pictograms/README.md}): in a language that
 * shows them ({@code pictograms: true} in languages.yaml), the content-hashed URL of each, which browsers
 * may cache for a year; in every other language none, so those pages carry no {@code <img>} and load
 * nothing more. A pictogram is an {@code <img>} from our own origin: the CSP's {@code img-src 'self'}
 * already allows it.
 */
final class PagePictograms {
    private static final String FOLDER = "/static/pictograms/";
    private final UnaryOperator<String> staticUrls;

    /** @param staticUrls {@code /static/...} -> its content-hashed URL ({@link StaticAssets#hashedUrl}) */
    PagePictograms(UnaryOperator<String> staticUrls) {
        this.staticUrls = staticUrls;
    }

    /** True when pages in {@code language} show pictograms (and link their style sheet). */
    static boolean shownIn(Language language) {
        return language.pictograms();
    }

    /** The URL of pictogram {@code name} on a page in {@code language}; null when there is none to show. */
    @Nullable String url(@Nullable String name, Language language) {
        return name == null || !shownIn(language) ? null : staticUrls.apply(FOLDER + name + ".svg");
    }
}
