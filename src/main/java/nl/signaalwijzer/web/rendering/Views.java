package nl.signaalwijzer.web.rendering;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Mustache templates from {@code classpath:templates/}, compiled once and then only executed. While
 * compiling, every {@code /static/...} URL in a template becomes its content-hashed URL, so pages
 * link to assets that browsers may cache for a year, at no cost per request.
 * Every render also sees {@code shell} (the quick exit, the kiosk settings, where links start), so the safety
 * shell is on every page by construction, whatever route renders it: always the shell of the organisation or
 * location the page is for, given with each render (there is no shell "in use": one server serves many).
 */
public final class Views {
    private final MustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
    private final UnaryOperator<String> staticUrls;

    /**
     * @param staticUrls turns {@code /static/...} URLs in a template into content-hashed ones ({@link StaticAssets#rewrite})
     */
    public Views(UnaryOperator<String> staticUrls) {
        this.staticUrls = staticUrls;
        this.factory = new DefaultMustacheFactory("templates") {
            @Override
            public Reader getReader(String resourceName) {
                try (Reader template = super.getReader(resourceName)) {
                    StringWriter text = new StringWriter();
                    template.transferTo(text);
                    return new StringReader(staticUrls.apply(text.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** A page whose title is one of the page words ({@code ui-text.yaml}), e.g. {@code page("privacy", language, "privacyTitle", ...)}. */
    public String page(String template, PageLanguage language, String titleWord, Map<String, Object> content,
                       SafetyShell shell) {
        return render(template, Pages.base(language, language.word(titleWord), content), shell);
    }

    /** The content-hashed URL of one {@code /static/...} file, for a URL a page computes (a flow's pictogram). */
    String staticUrl(String url) {
        return staticUrls.apply(url);
    }

    String render(String template, Object model, SafetyShell shell) {
        Mustache mustache = compiled.computeIfAbsent(template, name -> factory.compile(name + ".mustache"));
        StringWriter out = new StringWriter(8192);
        // The page's own model is the innermost scope; the shell is found only where the page has no such name.
        mustache.execute(out, List.of(Map.of("shell", shell), model));
        return out.toString();
    }
}
