package nl.signaalwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.FlowLoader;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.web.rendering.PageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The JSON API serves Makkelijk lezen with the same ids as Dutch, and a v1 client that asks for {@code "nl"}
 * sees exactly what it saw before the client flow offered {@code nl-x-easy}: every path's answer is the same
 * as from the same flows with every {@code nl-x-easy} text taken out (only the content hash differs).
 */
class EasyReadApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Lang EASY = new Lang("nl-x-easy");
    @RegisterExtension
    static final TestServer server = TestServer.perClass(Fixtures::realCatalog,
            ServerSettings.DEFAULTS.with(Map.of("RATE_LIMIT_PER_MINUTE", "0", "REQUEST_LOG", "off")));

    @Test
    void everyClientPathInEasyReadHasTheSameIdsAsInDutch() throws Exception {
        assertThat(server.get("/api/v1/flows").body()).contains("\"id\":\"client\"")
                .contains("\"languages\":[\"nl\",\"en\",\"nl-x-easy\"]");
        Flow client = Fixtures.realCatalog().flow("client").orElseThrow();
        int paths = 0;
        for (FlowPath path : FlowPath.all(client)) {
            JsonNode dutch = conversation(path.answers(), "nl");
            JsonNode easy = conversation(path.answers(), "nl-x-easy");
            assertThat(easy.get("lang").asText()).isEqualTo("nl-x-easy");
            assertThat(ids(easy)).as(path.line()).isEqualTo(ids(dutch));
            paths++;
        }
        assertThat(paths).isGreaterThan(100);
    }

    @Test
    void aLanguageTheFlowDoesNotOfferIsTheContractsError() throws Exception {
        var response = server.postJson("/api/v1/flows/medewerker/conversation", "{\"answers\":[],\"lang\":\"nl-x-easy\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").get("code").asText()).isEqualTo("unknown-language");
    }

    @Test
    void aV1ClientAskingForDutchSeesNoChange() throws Exception {
        FlowCatalog withEasy = Fixtures.realCatalog();
        FlowCatalog withoutEasy = FlowLoader.load(withoutEasyRead(FlowFiles.fromDirectory(Path.of("flows"))));
        assertThat(withoutEasy.flow("client").orElseThrow().offers(EASY)).isFalse();
        int compared = 0;
        for (Flow flow : withEasy.flows().values()) {
            Flow before = withoutEasy.flow(flow.id()).orElseThrow();
            for (FlowPath path : FlowPath.all(flow)) {
                for (int depth = 0; depth <= path.answers().size(); depth += Math.max(1, path.answers().size())) {
                    List<Answer> answers = path.answers().subList(0, depth);
                    JsonNode now = withoutVersion(PageRenderer.json(
                            nl.signaalwijzer.dialogue.Dialogue.replay(flow, answers), withEasy, Lang.NL));
                    JsonNode then = withoutVersion(PageRenderer.json(
                            nl.signaalwijzer.dialogue.Dialogue.replay(before, answers), withoutEasy, Lang.NL));
                    // compared as text: a failure then shows the two bodies, not two trees
                    assertThat(now.toPrettyString()).as(flow.id() + ": " + path.line()).isEqualTo(then.toPrettyString());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
        // and the server answers a v1 request exactly as rendered
        var served = conversation(List.of(), "nl");
        assertThat(served.get("next").get("id").asText()).isEqualTo("acute-danger");
    }

    private static JsonNode conversation(List<Answer> answers, String lang) throws Exception {
        StringBuilder body = new StringBuilder("{\"answers\":[");
        for (int i = 0; i < answers.size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"question\":\"").append(answers.get(i).question())
                    .append("\",\"option\":\"").append(answers.get(i).option()).append("\"}");
        }
        body.append("],\"lang\":\"").append(lang).append("\"}");
        var response = server.postJson("/api/v1/flows/client/conversation", body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Every id in a response (question, option, outcome, action ids), in order; never the words. */
    private static List<String> ids(JsonNode node) {
        List<String> ids = new ArrayList<>();
        collectIds(node, ids);
        return ids;
    }

    private static void collectIds(JsonNode node, List<String> ids) {
        node.fields().forEachRemaining(field -> {
            if (List.of("id", "question", "option", "type", "urgent", "phone").contains(field.getKey())
                    && field.getValue().isValueNode()) {
                ids.add(field.getKey() + "=" + field.getValue().asText());
            } else if (field.getValue().isContainerNode()) {
                collectIds(field.getValue(), ids);
            }
        });
        if (node.isArray()) {
            node.forEach(item -> collectIds(item, ids));
        }
    }

    private static JsonNode withoutVersion(byte[] json) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(json);
        node.remove("version");
        return node;
    }

    /** The same flows with every nl-x-easy text and the client flow's languages: line taken out. */
    private static FlowFiles withoutEasyRead(FlowFiles files) {
        Map<String, byte[]> stripped = new HashMap<>(files.files());
        stripped.replaceAll((name, bytes) -> {
            if (!name.endsWith(".yaml")) {
                return bytes;
            }
            Yaml yaml = new Yaml();
            Node root = yaml.compose(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)));
            strip(root, true);
            StringWriter out = new StringWriter();
            yaml.serialize(root, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
        return new FlowFiles("flows without nl-x-easy", stripped);
    }

    private static void strip(Node node, boolean top) {
        if (node instanceof MappingNode mapping) {
            mapping.getValue().removeIf(t -> t.getKeyNode() instanceof ScalarNode key
                    && (key.getValue().equals("nl-x-easy") || top && key.getValue().equals("languages")));
            mapping.getValue().forEach(t -> strip(t.getValueNode(), false));
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> strip(item, false));
        }
    }
}
