package nl.signaalwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.organisation.OrganisationsWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, "reload without restart", served: the example organisations in a folder laid out as the kubelet lays out
 * a ConfigMap volume ({@code ..data} a symlink to the real folder, swapped in one step). A swap that changes Zuid's
 * on-call number shows on Zuid's next outcome; a swap that breaks one organisation's file keeps that organisation as
 * it was while the other's change is taken. And the host name an organisation names chooses it, unless the path says
 * otherwise.
 */
class OrganisationsReloadServedTest {
    private static final String ZUID = "/o/zorggroep-rivierenland/zuid";
    private static final String STEP = "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"yes\"},"
            + "{\"question\":\"perpetrator\",\"option\":\"client\"}]}";

    @TempDir
    Path volume;
    private int version;

    /** A new folder of the example organisations (numbers filled in), changed by {@code edit}, swapped in as ..data. */
    private void swapIn(java.util.function.UnaryOperator<Map<String, String>> edit) throws IOException {
        Path folder = Files.createDirectory(volume.resolve("..2026_12_05_15_00_0" + version++));
        Path example = Fixtures.exampleOrganisationsFilledIn(Files.createTempDirectory("example-"));
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> list = Files.list(example)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        for (Map.Entry<String, String> file : edit.apply(files).entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
            Path link = volume.resolve(file.getKey());
            if (!Files.isSymbolicLink(link)) {
                Files.createSymbolicLink(link, Path.of("..data", file.getKey()));
            }
        }
        Files.createSymbolicLink(volume.resolve("..data_tmp"), folder.getFileName());
        Files.move(volume.resolve("..data_tmp"), volume.resolve("..data"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aSwappedConfigMapFolderChangesOneOrganisationAndABrokenFileKeepsTheOldOne() throws Exception {
        FlowCatalog flows = Fixtures.realCatalog();
        swapIn(files -> files);
        try (OrganisationsWatcher watcher = OrganisationsWatcher.start(volume, flows::contactsNamed);
             TestServer server = TestServer.start(() -> flows, watcher::current,
                     ServerSettings.DEFAULTS.with(Map.of("REQUEST_LOG", "off", "RATE_LIMIT_PER_MINUTE", "0")))) {
            assertThat(step(server, ZUID)).contains("0344 100 008");
            // Zuid gets a new on-call number: one swap, and Zuid's next step has it
            swapIn(files -> edit(files, "zorggroep-rivierenland.yaml", "0344 100 008", "0344 100 888"));
            waitFor(() -> step(server, ZUID).contains("0344 100 888"));
            assertThat(step(server, "/o/zorggroep-rivierenland")).contains("0344 000 008");
            // one swap breaks Zuid's organisation and changes the other: the broken one stays as it was
            swapIn(files -> edit(edit(files, "zorggroep-rivierenland.yaml", "0344 100 008", "0344 100 999")
                    .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            e -> e.getKey().equals("zorggroep-rivierenland.yaml")
                                    ? e.getValue().replace("locations:", "locaties:") : e.getValue())),
                    "voorbeeldzorg.yaml", "Voorbeeldzorg (voorbeeldorganisatie", "Herladenzorg (voorbeeldorganisatie"));
            waitFor(() -> server.get("/o/voorbeeldzorg/privacy").body().contains("Herladenzorg"));
            assertThat(step(server, ZUID)).contains("0344 100 888").doesNotContain("0344 100 999");
            assertThat(server.get(ZUID + "/").statusCode()).isEqualTo(200);
        }
    }

    private static Map<String, String> edit(Map<String, String> files, String file, String from, String to) {
        Map<String, String> edited = new java.util.TreeMap<>(files);
        String text = edited.get(file);
        assertThat(text).as(file).contains(from);
        edited.put(file, text.replace(from, to));
        return edited;
    }

    private static String step(TestServer server, String scope) {
        return server.postJson(scope + "/api/v1/flows/medewerker/conversation", STEP).body();
    }

    @Test
    void aHostNameAnOrganisationNamesChoosesItAndThePathWinsOverIt(@TempDir Path dir) throws Exception {
        FlowCatalog flows = Fixtures.realCatalog();
        var organisations = Fixtures.organisations(Fixtures.exampleOrganisationsFilledIn(dir), flows);
        try (TestServer server = TestServer.start(() -> flows, () -> organisations,
                ServerSettings.DEFAULTS.with(Map.of("REQUEST_LOG", "off")))) {
            String zuidHost = "meldpunt-zuid.zorggroep-rivierenland.example";
            assertThat(raw(server, zuidHost, "/api/v1/flows/medewerker/conversation")).contains("0344 100 008");
            assertThat(raw(server, zuidHost.toUpperCase(java.util.Locale.ROOT) + ":8080", "/api/v1/flows/medewerker/conversation"))
                    .contains("0344 100 008");
            assertThat(raw(server, zuidHost, "/o/zorggroep-rivierenland/noord/api/v1/flows/medewerker/conversation"))
                    .contains("0344 200 008").doesNotContain("0344 100 008");
            assertThat(raw(server, "onbekend.example", "/api/v1/flows/medewerker/conversation"))
                    .doesNotContain("0344 ");
            // addresses stay in the form the user came with: the host's root, not /o/...
            assertThat(get(server, zuidHost, "/gesprek")).startsWith("HTTP/1.1 303").containsIgnoringCase("\r\nLocation: /\r\n");
            assertThat(get(server, zuidHost, "/bestaat-niet")).startsWith("HTTP/1.1 404")
                    .contains("href=\"/privacy").doesNotContain("/o/");
        }
    }

    /** A step sent with this Host header (java.net.http does not let a client set it). */
    private static String raw(TestServer server, String host, String path) throws IOException {
        String response = send(server, host, "POST", path, STEP);
        assertThat(response).as(host + " " + path).startsWith("HTTP/1.1 200");
        return response;
    }

    private static String get(TestServer server, String host, String path) throws IOException {
        return send(server, host, "GET", path, null);
    }

    private static String send(TestServer server, String host, String method, String path, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s for the organisations to reload").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
