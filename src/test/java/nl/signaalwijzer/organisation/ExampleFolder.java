package nl.signaalwijzer.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The example organisations folder as text, to change in a test and write to a real directory. */
final class ExampleFolder {
    static final Path EXAMPLE = Path.of("flows/organisations");

    private ExampleFolder() {
    }

    /** File name -> text of every {@code *.yaml} of the example folder. */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(EXAMPLE)) {
            for (Path file : list.sorted().toList()) {
                if (file.getFileName().toString().endsWith(".yaml")) {
                    files.put(file.getFileName().toString(), Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** {@code text} with {@code old} replaced once; fails when {@code old} is not there (the example changed). */
    static String replace(String text, String old, String replacement) {
        if (!text.contains(old)) {
            throw new IllegalArgumentException("not in the example: " + old);
        }
        return text.replaceFirst(Pattern.quote(old), Matcher.quoteReplacement(replacement));
    }

    /** Writes {@code files} into {@code dir} (which exists). */
    static void write(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
