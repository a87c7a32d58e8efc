package nl.signaalwijzer.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A data file bundled in the jar (languages.yaml, ui-text.yaml): one way to read one, for every reader. */
final class BundledFile {

    private BundledFile() {
    }

    /** Its text; a file missing from the jar is a broken build, not a problem of the flows. */
    static String text(String name) {
        try (InputStream in = BundledFile.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
