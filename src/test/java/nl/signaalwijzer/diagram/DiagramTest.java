package nl.signaalwijzer.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowLoader;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Node;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every bundled flow draws as well-formed SVG with a box for every node; a 42-node flow stays tidy. */
class DiagramTest {

    @TestFactory
    Stream<DynamicTest> everyBundledFlowIsValidSvgWithEveryNode() {
        FlowCatalog catalog = Fixtures.realCatalog();
        return catalog.flows().values().stream().flatMap(flow -> flow.languages().stream().map(lang ->
                DynamicTest.dynamicTest(flow.id() + " " + lang.code(), () -> {
                    String svg = SvgDiagram.render(FlowGraph.of(flow, catalog, lang));
                    Document doc = parse(svg);
                    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
                    assertThat(svg).contains(flow.version());
                    for (String id : nodeIds(flow)) {
                        assertThat(svg).as("box of %s", id).contains("id=\"node-" + id + "\"");
                    }
                })));
    }

    @Test
    void conditionalArrowsSkipsAndUrgentAnswersAreLabelledReadably() throws Exception {
        FlowCatalog catalog = Fixtures.v2Fixture();
        FlowGraph graph = FlowGraph.of(catalog.flow("talk").orElseThrow(), catalog, Lang.NL);
        assertThat(graph.arrows()).extracting(a -> a.from() + " -> " + a.to() + ": " + String.join(" / ", a.labels()))
                .containsExactly(
                        "acute-danger -> kind: Ja · eerst: call-112, stop-behaviour / Nee / Weet ik niet · eerst: call-112",
                        "kind -> possibly-criminal: Iets lichamelijks / Iets seksueels / Weet ik niet",
                        "possibly-criminal -> crime: Ja / Nee · als acute-danger = Ja of Weet ik niet / Weet ik niet",
                        "possibly-criminal -> address: Nee");
        assertThat(graph.boxes()).filteredOn(b -> b.id().equals("possibly-criminal")).extracting(FlowGraph.Box::text)
                .containsExactly("Kan het strafbaar zijn? (niet gevraagd als kind = Iets seksueels: Ja)");
        String svg = SvgDiagram.render(FlowGraph.of(catalog.flow("talk").orElseThrow(), catalog, Lang.EN));
        assertThat(parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).contains("if acute-danger =", "not asked if kind = Something sexual: Yes)");
    }

    @Test
    void aFortyTwoNodeFlowWithAwkwardTextIsValidAndNoBoxesOverlap() throws Exception {
        FlowCatalog catalog = FlowLoader.load(SyntheticFlow.files());
        Flow flow = catalog.flow("big").orElseThrow();
        assertThat(nodeIds(flow)).hasSize(42);
        String svg = SvgDiagram.render(FlowGraph.of(flow, catalog, Lang.NL));
        Document doc = parse(svg);
        assertThat(svg).contains("Groot &lt;schema&gt; &amp; &quot;test&quot;", "Nee &lt;niet&gt; &amp; &quot;nooit&quot;");

        List<double[]> boxes = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.hasAttribute("data-node")) {
                Element rect = (Element) group.getElementsByTagName("rect").item(0);
                boxes.add(new double[] {d(rect, "x"), d(rect, "y"), d(rect, "width"), d(rect, "height")});
            }
        }
        assertThat(boxes).hasSize(42);
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                assertThat(overlap(boxes.get(a), boxes.get(b))).as("boxes %d and %d overlap", a, b).isFalse();
            }
        }
    }

    @Test
    void theSameFlowAlwaysGetsTheSamePicture() {
        FlowCatalog catalog = Fixtures.realCatalog();
        Flow flow = catalog.flows().values().iterator().next();
        assertThat(SvgDiagram.render(FlowGraph.of(flow, catalog, Lang.NL)))
                .isEqualTo(SvgDiagram.render(FlowGraph.of(flow, catalog, Lang.NL)));
    }

    @Test
    void mermaidNamesEveryNodeAndEscapesQuotes() {
        FlowCatalog catalog = FlowLoader.load(SyntheticFlow.files());
        Flow flow = catalog.flow("big").orElseThrow();
        String mermaid = MermaidDiagram.render(FlowGraph.of(flow, catalog, Lang.NL));
        assertThat(mermaid).startsWith("---\ntitle: ").contains("flowchart TD\n")
                .contains("n_q1([\"q1<br/>Vraag 1: heeft iemand")
                .contains("n_q1 -- \"Ja, dat heb ik zelf gezien\" --> n_q2")
                .contains("Nee #lt;niet#gt; & #quot;nooit#quot;")
                .contains("n_consult[\"consult<br/><b>Bespreek het met de aandachtsfunctionaris</b><br/>report-internally, stay-alert\"]");
        for (String id : nodeIds(flow)) {
            assertThat(mermaid).containsPattern("\n  " + MermaidDiagram.mermaidId(id) + "\\(?\\[\"" + id + "<br/>");
        }
    }

    @Test
    void optionsToTheSameNodeShareOneArrow() {
        FlowCatalog catalog = Fixtures.validFixture();
        FlowGraph graph = FlowGraph.of(catalog.flow("tiny").orElseThrow(), catalog, Lang.NL);
        assertThat(graph.arrows()).contains(new FlowGraph.Arrow("acute-danger", "danger", List.of("Ja", "Weet ik niet")));
        assertThat(graph.boxes()).filteredOn(FlowGraph.Box::urgent).extracting(FlowGraph.Box::id).containsExactly("danger");
    }

    static List<String> nodeIds(Flow flow) {
        List<String> ids = new ArrayList<>();
        flow.questions().stream().map(Node::id).forEach(ids::add);
        flow.outcomes().stream().map(Node::id).forEach(ids::add);
        return ids;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static double d(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
