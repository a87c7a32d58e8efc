package nl.signaalwijzer.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a text is in a sans-serif system font, and wraps it into lines. An estimate on
 * the wide side (DejaVu Sans, the widest common default), so text never runs out of its box.
 */
final class TextMeasure {

    private TextMeasure() {
    }

    /** Width in pixels of {@code text} at {@code fontSize} pixels. */
    static double width(String text, double fontSize, boolean monospace) {
        if (monospace) {
            return text.length() * 0.61 * fontSize;
        }
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += charWidth(text.charAt(i));
        }
        return em * fontSize;
    }

    private static double charWidth(char c) {
        if ("iljtf.,:;'!|()[] ".indexOf(c) >= 0) {
            return 0.34;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
            return 0.92;
        }
        if (Character.isUpperCase(c)) {
            return 0.72;
        }
        return 0.6;
    }

    /** Words of {@code text} packed into lines of at most {@code maxWidth} pixels (a longer word gets a line of its own). */
    static List<String> wrap(String text, double maxWidth, double fontSize) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, fontSize, false) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
