package nl.signaalwijzer.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every pictogram copied in ({@code static/pictograms/}, see {@code pictograms/README.md}) is a plain
 * drawing: SVG elements only, and nothing that reaches outside the file. An {@code <img>} would not run a
 * script or load a URL anyway, but the same file opened on its own at its URL would; and the CSP promise
 * ("img-src 'self'") should not depend on how a file happens to be shown. Parsed as XML, not searched
 * as text, so an attribute written in an unusual way cannot slip past.
 */
class PictogramFilesTest {
    static final Path FOLDER = Path.of("static/pictograms");
    private static final String SVG = "http://www.w3.org/2000/svg";
    /** Elements that run code, embed another document or load a file, even one of our own. */
    private static final Set<String> FORBIDDEN = Set.of("script", "foreignObject", "image", "use", "a", "feImage",
            "style", "iframe", "audio", "video", "animate", "set");

    static Stream<Path> pictograms() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".svg")).sorted().toList().stream();
        }
    }

    @Test
    void theFolderHoldsThePictogramsWithTheirLicenceAndNothingElse() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".svg")))
                    .containsExactlyInAnyOrder("LICENSE.txt", "NOTICE.txt");
        }
        assertThat(Files.readString(FOLDER.resolve("LICENSE.txt"))).startsWith("Attribution-ShareAlike 4.0 International");
        assertThat(Files.readString(FOLDER.resolve("NOTICE.txt"))).contains("OpenMoji", "CC BY-SA 4.0");
        assertThat(pictograms()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pictograms")
    void refersToNothingOutsideItself(Path file) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(SVG);
        assertThat(text.replace(SVG, "")).as("the only URL is the SVG namespace")
                .doesNotContain("http:", "https:", "//", "data:", "javascript:");

        Document svg = parse(file);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDoctype()).isNull();
        List<String> found = new ArrayList<>();
        visit(svg.getDocumentElement(), found);
        assertThat(found).isEmpty();
    }

    private static void visit(Element element, List<String> found) {
        if (!SVG.equals(element.getNamespaceURI()) || FORBIDDEN.contains(element.getLocalName())) {
            found.add("element <" + element.getTagName() + ">");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName();
            String value = attribute.getValue();
            if (name.toLowerCase().startsWith("on") || name.endsWith("href")
                    || (value.contains("url(") && !value.matches(".*url\\(#[^)]*\\).*"))) {
                found.add(element.getTagName() + " " + name + "=\"" + value + "\"");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element inner) {
                visit(inner, found);
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
                    || child.getNodeType() == Node.ENTITY_REFERENCE_NODE) {
                found.add("node " + child.getNodeName());
            }
        }
    }

    /** A parser that refuses any DOCTYPE, so no entity can pull a file or URL in while reading. */
    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
