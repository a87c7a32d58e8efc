package nl.signaalwijzer.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache templates from {@code classpath:templates/}, compiled once and then only executed. While
 * compiling, every {@code /static/...} URL in a template becomes its content-hashed URL, so pages
 * link to assets that browsers may cache for a year, at no cost per request.
 */
final class Views {
    private final MustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    Views(StaticAssets assets) {
        this.factory = new DefaultMustacheFactory("templates") {
            @Override
            public Reader getReader(String resourceName) {
                try (Reader template = super.getReader(resourceName)) {
                    StringWriter text = new StringWriter();
                    template.transferTo(text);
                    return new StringReader(assets.rewrite(text.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    String render(String template, Object model) {
        Mustache mustache = compiled.computeIfAbsent(template, name -> factory.compile(name + ".mustache"));
        StringWriter out = new StringWriter(8192);
        mustache.execute(out, model);
        return out.toString();
    }
}
