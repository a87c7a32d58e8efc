package nl.signaalwijzer.flow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the difficult words a text uses, so their one-line explanation can be shown right there.
 * Results are remembered per text: flow texts are a small fixed set, so the memory stays bounded.
 */
public final class Glossary {
    private record Entry(GlossaryTerm term, Pattern pattern) {
    }

    private final List<Entry> entries;
    private final Map<String, List<GlossaryTerm>> byText = new ConcurrentHashMap<>();

    public Glossary(List<GlossaryTerm> terms) {
        List<Entry> list = new ArrayList<>();
        for (GlossaryTerm term : terms) {
            // Whole words only; a Dutch compound like "aandachtsfunctionarissen" still counts as a use.
            list.add(new Entry(term, Pattern.compile("(?<![\\p{L}])" + Pattern.quote(term.term().toLowerCase(Locale.ROOT)),
                    Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE)));
        }
        this.entries = List.copyOf(list);
    }

    public List<GlossaryTerm> terms() {
        return entries.stream().map(Entry::term).toList();
    }

    /** The terms used in any of the texts, in glossary order, each once. */
    public List<GlossaryTerm> termsIn(List<String> texts) {
        Set<GlossaryTerm> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                found.addAll(byText.computeIfAbsent(text, this::scan));
            }
        }
        List<GlossaryTerm> ordered = new ArrayList<>();
        for (Entry entry : entries) {
            if (found.contains(entry.term())) {
                ordered.add(entry.term());
            }
        }
        return ordered;
    }

    private List<GlossaryTerm> scan(String text) {
        List<GlossaryTerm> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.pattern().matcher(text).find()) {
                found.add(entry.term());
            }
        }
        return List.copyOf(found);
    }
}
