package nl.signaalwijzer.diagram;

/**
 * The flow as Mermaid flowchart text, for wikis and merge requests that render Mermaid. Node ids are
 * prefixed ({@code n_acute_danger}) because a few plain words are Mermaid keywords; every box still
 * shows the real id.
 */
public final class MermaidDiagram {

    private MermaidDiagram() {
    }

    public static String render(FlowGraph graph) {
        StringBuilder out = new StringBuilder(8192);
        out.append("---\ntitle: ").append(label(graph.title() + " (" + graph.flowId() + ") – version " + graph.version()))
                .append("\n---\nflowchart TD\n");
        for (FlowGraph.Box box : graph.boxes()) {
            String id = mermaidId(box.id());
            if (box.kind() == FlowGraph.Kind.QUESTION) {
                out.append("  ").append(id).append("([\"").append(label(box.id())).append("<br/>")
                        .append(label(box.text())).append("\"])\n");
            } else {
                out.append("  ").append(id).append("[\"").append(label(box.id())).append("<br/><b>")
                        .append(label(box.text())).append("</b><br/>").append(label(String.join(", ", box.actionIds())))
                        .append("\"]\n");
            }
        }
        for (FlowGraph.Arrow arrow : graph.arrows()) {
            out.append("  ").append(mermaidId(arrow.from())).append(" -- \"").append(label(String.join(" / ", arrow.labels())))
                    .append("\" --> ").append(mermaidId(arrow.to())).append('\n');
        }
        for (FlowGraph.Box box : graph.boxes()) {
            if (box.kind() == FlowGraph.Kind.OUTCOME) {
                out.append("  class ").append(mermaidId(box.id())).append(box.urgent() ? " urgent\n" : " outcome\n");
            }
        }
        out.append("  classDef outcome fill:#edf6ea,stroke:#2f6b2a\n");
        out.append("  classDef urgent fill:#fcebea,stroke:#a3231d\n");
        return out.toString();
    }

    static String mermaidId(String id) {
        return "n_" + id.replace('-', '_');
    }

    /** Text inside a quoted Mermaid label: quotes and angle brackets as entity codes. */
    static String label(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;").replaceAll("\\s+", " ").strip();
    }
}
