package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A user-facing text in Dutch and English; both are required by the validator. */
public record Text(String nl, String en) {

    public String in(Lang lang) {
        return lang == Lang.EN ? en : nl;
    }

    /** Paragraphs as one text, separated by a blank line (the API's form); empty for none. */
    public static Optional<Text> paragraphs(List<Text> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Text(paragraphs.stream().map(Text::nl).collect(Collectors.joining("\n\n")),
                paragraphs.stream().map(Text::en).collect(Collectors.joining("\n\n"))));
    }
}
