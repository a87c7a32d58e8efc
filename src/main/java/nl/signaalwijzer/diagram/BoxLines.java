package nl.signaalwijzer.diagram;

import java.util.ArrayList;
import java.util.List;
import nl.signaalwijzer.flow.Lang;

/** The lines of text a box or an arrow label shows, and the size they need; shared by layout and drawing. */
record BoxLines(String heading, List<String> textLines, List<String> actionLines, double width, double height) {
    static final double PAD = 12;
    static final double FONT = 15;
    static final double LINE = 20;
    static final double SMALL_FONT = 12;
    static final double SMALL_LINE = 17;
    static final double MONO_FONT = 13;
    static final double MONO_LINE = 18;
    static final double ACTIONS_GAP = 10;
    static final double TEXT_WIDTH = 240;
    static final double MIN_WIDTH = 150;
    /** How much wider bold text is than regular text. */
    static final double BOLD = 1.16;

    static final double LABEL_FONT = 13;
    static final double LABEL_LINE = 17;
    static final double LABEL_WIDTH = 150;
    static final double LABEL_PAD = 4;
    /** Marks a label line that continues the option above it (drawn indented under the bullet's text). */
    static final String CONTINUED = "\u00a0\u00a0";

    static BoxLines of(FlowGraph.Box box, FlowGraph.Words words) {
        String kind = box.kind() == FlowGraph.Kind.QUESTION ? words.get("diagramQuestion") : words.get("diagramOutcome");
        String heading = (box.start() ? words.get("diagramStart") + " · " : "") + kind + " · " + box.id();
        List<String> textLines = TextMeasure.wrap(box.text(), box.kind() == FlowGraph.Kind.OUTCOME ? TEXT_WIDTH / BOLD : TEXT_WIDTH, FONT);
        List<String> actionLines = new ArrayList<>();
        for (int i = 0; i < box.actionIds().size(); i++) {
            actionLines.add((i + 1) + ". " + box.actionIds().get(i));
        }
        double width = Math.max(MIN_WIDTH, TextMeasure.width(heading, SMALL_FONT, false));
        for (String line : textLines) {
            width = Math.max(width, TextMeasure.width(line, FONT, false) * BOLD); // outcome titles are bold
        }
        for (String line : actionLines) {
            width = Math.max(width, TextMeasure.width(line, MONO_FONT, true));
        }
        double height = PAD + SMALL_LINE + textLines.size() * LINE
                + (actionLines.isEmpty() ? 0 : ACTIONS_GAP + actionLines.size() * MONO_LINE) + PAD;
        return new BoxLines(heading, textLines, actionLines, Math.ceil(width + 2 * PAD), Math.ceil(height));
    }

    /** An arrow's label: each option on its own line(s). */
    static BoxLines label(FlowGraph.Arrow arrow) {
        List<String> lines = new ArrayList<>();
        boolean several = arrow.labels().size() > 1;
        for (String label : arrow.labels()) {
            // With several options on one arrow, a bullet marks where each option begins.
            List<String> wrapped = TextMeasure.wrap(label, LABEL_WIDTH, LABEL_FONT);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(several ? (i == 0 ? "• " : CONTINUED) + wrapped.get(i) : wrapped.get(i));
            }
        }
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, TextMeasure.width(line, LABEL_FONT, false));
        }
        return new BoxLines("", lines, List.of(), Math.ceil(width + 2 * LABEL_PAD),
                Math.ceil(lines.size() * LABEL_LINE + 2 * LABEL_PAD));
    }
}
