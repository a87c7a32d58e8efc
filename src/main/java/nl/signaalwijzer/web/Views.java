package nl.signaalwijzer.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Mustache templates from {@code classpath:templates/}, compiled once and then only executed. */
final class Views {
    private final MustacheFactory factory = new DefaultMustacheFactory("templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    String render(String template, Object model) {
        Mustache mustache = compiled.computeIfAbsent(template, name -> factory.compile(name + ".mustache"));
        StringWriter out = new StringWriter(8192);
        mustache.execute(out, model);
        return out.toString();
    }
}
