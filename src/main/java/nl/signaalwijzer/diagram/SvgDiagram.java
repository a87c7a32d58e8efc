package nl.signaalwijzer.diagram;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.signaalwijzer.flow.Lang;

/**
 * Draws a laid-out flow as a standalone SVG: rounded blue boxes for questions, square green boxes for
 * outcomes with their numbered action ids (red when the outcome leads with an urgent action), option
 * labels on the arrows, and a heading with the flow's title and version. Styling is done with
 * presentation attributes only, so the picture needs no CSS, no script and passes a strict CSP.
 */
public final class SvgDiagram {
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
    private static final String MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace";
    private static final String INK = "#1b1b1b";
    private static final String MUTED = "#555555";
    private static final double HEADER = 104;

    private record Colours(String fill, String stroke) {
    }

    private static final Colours QUESTION = new Colours("#eaf2fb", "#245a8d");
    private static final Colours OUTCOME = new Colours("#edf6ea", "#2f6b2a");
    private static final Colours URGENT = new Colours("#fcebea", "#a3231d");

    private SvgDiagram() {
    }

    public static String render(FlowGraph graph) {
        DiagramLayout.Placed placed = DiagramLayout.of(graph);
        FlowGraph.Words words = graph.words();
        long questions = graph.boxes().stream().filter(b -> b.kind() == FlowGraph.Kind.QUESTION).count();
        String title = graph.title() + " (" + graph.flowId() + ")";
        String subtitle = words.get("diagramVersion") + " " + graph.version() + " · " + questions
                + " " + words.get("diagramQuestions") + " · " + (graph.boxes().size() - questions)
                + " " + words.get("diagramOutcomes");
        double width = Math.max(placed.width(), Math.max(TextMeasure.width(title, 20, false) * 1.1,
                560) + 2 * DiagramLayout.MARGIN);
        double height = placed.height() + HEADER;

        StringBuilder svg = new StringBuilder(32_768);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\" aria-labelledby=\"diagram-title\"")
                .append(" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"").append(FONT).append("\">\n");
        svg.append("<title id=\"diagram-title\">").append(escape(title + " – " + subtitle)).append("</title>\n");
        svg.append("<defs><marker id=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\"")
                .append(" markerHeight=\"9\" orient=\"auto\" markerUnits=\"userSpaceOnUse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                .append(MUTED).append("\"/></marker></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        header(svg, title, subtitle, words);

        svg.append("<g transform=\"translate(0,").append(n(HEADER)).append(")\">\n");
        for (DiagramLayout.RoutedArrow arrow : placed.arrows()) {
            arrowLine(svg, arrow);
        }
        for (FlowGraph.Box box : graph.boxes()) {
            // the layout places every box of the graph
            box(svg, box, Objects.requireNonNull(placed.boxes().get(box.id())),
                    Objects.requireNonNull(placed.lines().get(box.id())));
        }
        for (DiagramLayout.RoutedArrow arrow : placed.arrows()) {
            arrowLabel(svg, arrow);
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static void header(StringBuilder svg, String title, String subtitle, FlowGraph.Words words) {
        double x = DiagramLayout.MARGIN;
        svg.append(text(x, 34, 20, "700", INK, title, false));
        svg.append(text(x, 58, 14, "400", MUTED, subtitle, false));
        double y = 76;
        x = legend(svg, x, y, QUESTION, 12, words.get("diagramQuestion"));
        x = legend(svg, x, y, OUTCOME, 2, words.get("diagramLegendOutcome"));
        legend(svg, x, y, URGENT, 2, words.get("diagramLegendUrgent"));
    }

    private static double legend(StringBuilder svg, double x, double y, Colours colours, double radius, String label) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"22\" height=\"14\" rx=\"")
                .append(n(radius / 2)).append("\" fill=\"").append(colours.fill()).append("\" stroke=\"")
                .append(colours.stroke()).append("\" stroke-width=\"1.5\"/>\n");
        svg.append(text(x + 28, y + 12, 13, "400", INK, label, false));
        return x + 28 + TextMeasure.width(label, 13, false) + 22;
    }

    private static void box(StringBuilder svg, FlowGraph.Box box, DiagramLayout.Rect at, BoxLines lines) {
        boolean question = box.kind() == FlowGraph.Kind.QUESTION;
        Colours colours = question ? QUESTION : box.urgent() ? URGENT : OUTCOME;
        svg.append("<g id=\"node-").append(escape(box.id())).append("\" data-node=\"").append(escape(box.id())).append("\">\n");
        svg.append("<title>").append(escape(box.id() + ": " + box.text())).append("</title>\n");
        svg.append("<rect x=\"").append(n(at.x())).append("\" y=\"").append(n(at.y())).append("\" width=\"")
                .append(n(at.width())).append("\" height=\"").append(n(at.height())).append("\" rx=\"")
                .append(question ? "16" : "4").append("\" fill=\"").append(colours.fill()).append("\" stroke=\"")
                .append(colours.stroke()).append("\" stroke-width=\"").append(box.start() ? "3.5" : "1.75").append("\"/>\n");
        double x = at.x() + BoxLines.PAD;
        double y = at.y() + BoxLines.PAD + BoxLines.SMALL_LINE - 5;
        svg.append(text(x, y, BoxLines.SMALL_FONT, "400", colours.stroke(), lines.heading(), false));
        y += 2;
        for (String line : lines.textLines()) {
            y += BoxLines.LINE;
            svg.append(text(x, y, BoxLines.FONT, question ? "400" : "700", INK, line, false));
        }
        if (!lines.actionLines().isEmpty()) {
            y += BoxLines.ACTIONS_GAP - 2;
            svg.append("<line x1=\"").append(n(at.x() + 1)).append("\" y1=\"").append(n(y)).append("\" x2=\"")
                    .append(n(at.x() + at.width() - 1)).append("\" y2=\"").append(n(y)).append("\" stroke=\"")
                    .append(colours.stroke()).append("\" stroke-opacity=\"0.35\"/>\n");
            y += 2;
            for (String line : lines.actionLines()) {
                y += BoxLines.MONO_LINE;
                svg.append(text(x, y - 2, BoxLines.MONO_FONT, "400", INK, line, true));
            }
        }
        svg.append("</g>\n");
    }

    private static void arrowLine(StringBuilder svg, DiagramLayout.RoutedArrow arrow) {
        StringBuilder d = new StringBuilder();
        List<DiagramLayout.Point> points = arrow.points();
        for (int i = 0; i < points.size(); i++) {
            d.append(i == 0 ? 'M' : 'L').append(n(points.get(i).x())).append(',').append(n(points.get(i).y())).append(' ');
        }
        svg.append("<path data-from=\"").append(escape(arrow.arrow().from())).append("\" data-to=\"")
                .append(escape(arrow.arrow().to())).append("\" d=\"").append(d.toString().strip())
                .append("\" fill=\"none\" stroke=\"").append(MUTED).append("\" stroke-width=\"1.5\" marker-end=\"url(#arrowhead)\"/>\n");
    }

    private static void arrowLabel(StringBuilder svg, DiagramLayout.RoutedArrow arrow) {
        DiagramLayout.Rect at = arrow.label();
        svg.append("<g class=\"label\"><rect x=\"").append(n(at.x())).append("\" y=\"").append(n(at.y()))
                .append("\" width=\"").append(n(at.width())).append("\" height=\"").append(n(at.height()))
                .append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.92\"/>\n");
        double y = at.y() + BoxLines.LABEL_PAD;
        double bullet = TextMeasure.width("• ", BoxLines.LABEL_FONT, false);
        for (String line : arrow.labelLines().textLines()) {
            y += BoxLines.LABEL_LINE;
            boolean continued = line.startsWith(BoxLines.CONTINUED);
            svg.append(text(at.x() + BoxLines.LABEL_PAD + (continued ? bullet : 0), y - 4, BoxLines.LABEL_FONT, "400",
                    INK, continued ? line.substring(BoxLines.CONTINUED.length()) : line, false));
        }
        svg.append("</g>\n");
    }

    private static String text(double x, double y, double size, String weight, String fill, String content, boolean mono) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" font-size=\"" + n(size) + "\""
                + ("400".equals(weight) ? "" : " font-weight=\"" + weight + "\"")
                + (mono ? " font-family=\"" + MONO + "\"" : "")
                + " fill=\"" + fill + "\">" + escape(content) + "</text>\n";
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
