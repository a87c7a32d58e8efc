package nl.signaalwijzer.flow;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where a word of a YAML text is written in its file, so a readability message points at the word a
 * policy officer must change ({@code file:line:column}), not only at the text it is in.
 */
final class WordLocations {
    private final String file;
    private final String[] lines;

    WordLocations(String file, String[] lines) {
        this.file = file;
        this.lines = lines;
    }

    /**
     * Where word number {@code wordIndex} of a scalar's value is written in the file: counts the
     * whitespace-separated words of the source from the scalar's start (after a block header).
     */
    Location of(ScalarNode scalar, int wordIndex) {
        int line = scalar.getStartMark().getLine();
        int column = scalar.getStartMark().getColumn();
        DumperOptions.ScalarStyle style = scalar.getScalarStyle();
        if (style == DumperOptions.ScalarStyle.FOLDED || style == DumperOptions.ScalarStyle.LITERAL) {
            line++;
            column = 0;
        }
        int seen = -1;
        for (int l = line; l < lines.length && l <= scalar.getEndMark().getLine(); l++) {
            String source = lines[l];
            int c = l == line ? column : 0;
            while (c < source.length()) {
                while (c < source.length() && Character.isWhitespace(source.charAt(c))) {
                    c++;
                }
                if (c >= source.length()) {
                    break;
                }
                seen++;
                if (seen == wordIndex) {
                    return at(l, c);
                }
                while (c < source.length() && !Character.isWhitespace(source.charAt(c))) {
                    c++;
                }
            }
        }
        return at(scalar.getStartMark().getLine(), scalar.getStartMark().getColumn());
    }

    Location at(int zeroBasedLine, int zeroBasedColumn) {
        return new Location(file, zeroBasedLine + 1, zeroBasedColumn + 1);
    }
}
