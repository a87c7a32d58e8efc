package nl.signaalwijzer.web.rendering;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Takes out of our own style sheet and scripts what is written for developers only: comments and
 * indentation. About a sixth of their bytes, which every phone would otherwise load on the first page (the
 * start page with all it loads must stay within 30 KB). The files in {@code static/} keep their comments;
 * only what is served is slimmer.
 *
 * <p>Deliberately no minifier: nothing is renamed or joined, every line keeps its own line break, so a
 * script means exactly what it meant. Only whole comment lines go from a script (a {@code //} after code may
 * sit inside a string), and every block comment from a style sheet (ours has no string holding one).
 * Template literals could span lines, so a script with one in its code is served as it is.
 */
final class DeveloperNotes {
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LEADING_SPACE = Pattern.compile("(?m)^[ \\t]+");
    private static final Pattern WHOLE_LINE_COMMENT = Pattern.compile("(?m)^[ \\t]*//[^\\n]*\\n");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n{2,}");

    private DeveloperNotes() {
    }

    /** The bytes to serve for {@code path} (below {@code static/}): CSS and JS without notes, anything else as it is. */
    static byte[] without(String path, byte[] bytes) {
        if (path.endsWith(".css")) {
            return slim(CSS_COMMENT.matcher(text(bytes)).replaceAll(""));
        }
        if (path.endsWith(".js")) {
            String code = WHOLE_LINE_COMMENT.matcher(text(bytes)).replaceAll("");
            return code.contains("`") ? bytes : slim(code);
        }
        return bytes;
    }

    private static byte[] slim(String text) {
        String slim = EMPTY_LINES.matcher(LEADING_SPACE.matcher(text).replaceAll("")).replaceAll("\n");
        return slim.strip().concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
