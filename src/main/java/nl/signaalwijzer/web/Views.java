package nl.signaalwijzer.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Mustache templates from {@code classpath:templates/}, compiled once and then only executed.
 * Every render also sees {@code shell} (the quick exit and kiosk settings of the moment), so the
 * safety shell is on every page by construction, whatever route renders it.
 */
final class Views {
    private final MustacheFactory factory = new DefaultMustacheFactory("templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
    private final Supplier<SafetyShell> shell;

    Views(Supplier<SafetyShell> shell) {
        this.shell = shell;
    }

    String render(String template, Object model) {
        Mustache mustache = compiled.computeIfAbsent(template, name -> factory.compile(name + ".mustache"));
        StringWriter out = new StringWriter(8192);
        // The page's own model is the innermost scope; the shell is found only where the page has no such name.
        mustache.execute(out, List.of(Map.of("shell", shell.get()), model));
        return out.toString();
    }
}
