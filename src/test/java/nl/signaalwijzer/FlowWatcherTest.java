package nl.signaalwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.FlowLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe reload against a running server: a good change to a watched flows directory is picked up (new
 * version, new text); a conversation that no longer fits gets the friendly start-again page; a broken
 * change is refused with its problem in the log while the last good version keeps serving.
 */
class FlowWatcherTest {
    private static final Pattern VERSION = Pattern.compile("\"version\":\"([0-9a-f]{10})\"");

    @TempDir
    Path dir;
    private TestServer server;
    private FlowWatcher watcher;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void start() throws Exception {
        for (Map.Entry<String, byte[]> file : Fixtures.fixture().files().entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        AtomicReference<FlowCatalog> current = new AtomicReference<>(FlowLoader.load(FlowFiles.fromDirectory(dir)));
        originalErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        watcher = FlowWatcher.start(dir, current);
        server = TestServer.start(current::get);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        watcher.close();
        System.setErr(originalErr);
    }

    @Test
    void picksUpAGoodChangeAndRefusesABrokenOne() throws Exception {
        String first = version();
        Path tiny = dir.resolve("tiny.yaml");
        String original = Files.readString(tiny);

        Files.writeString(tiny, original.replace("Maak je je zorgen?", "Maak je je zorgen over de cliënt?")
                .replace("worried", "concerned"));
        waitFor(() -> !version().equals(first));
        String second = version();
        assertThat(server.postForm("/gesprek", TestServer.answersForm("tiny", List.of("acute-danger:no"))).body())
                .contains("Maak je je zorgen over de cliënt?");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("flows reloaded: versions tiny " + second);

        var stale = server.postForm("/gesprek", TestServer.answersForm("tiny", List.of("acute-danger:no", "worried:yes")));
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("De vragen zijn misschien net veranderd.", "href=\"/?lang=nl\"", "Opnieuw beginnen");

        Files.writeString(tiny, original.replace("next: alert", "next: nowhere"));
        waitFor(() -> log.toString(StandardCharsets.UTF_8).contains("NOT reloaded"));
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("the last good version keeps serving (tiny " + second + ")")
                .contains("tiny.yaml:25:9: option 'no' of question 'worried' leads to unknown question or outcome 'nowhere'");
        assertThat(version()).isEqualTo(second);
        assertThat(server.postForm("/gesprek", TestServer.answersForm("tiny", List.of("acute-danger:no"))).body())
                .contains("Maak je je zorgen over de cliënt?");
    }

    /**
     * ORGANISATION_FILE from a ConfigMap volume: the kubelet swaps the {@code ..data} symlink to a new folder in one
     * step, and never writes the file itself; the watcher of its folder reloads, the flows take the new contacts.
     */
    @Test
    void picksUpAnOrganisationFileWhoseConfigMapFolderIsSwappedTheWayTheKubeletDoesIt(@TempDir Path volume)
            throws Exception {
        String organisation = Files.readString(dir.resolve("organisation.yaml"));
        Path first = kubeletFolder(volume, "..2026_12_05_10_00_00.1", organisation, "030 111 1111");
        Files.createSymbolicLink(volume.resolve("..data"), first.getFileName());
        Path file = volume.resolve("organisation.yaml");
        Files.createSymbolicLink(file, Path.of("..data", "organisation.yaml"));
        UnaryOperator<FlowFiles> overlay = files -> {
            Map<String, byte[]> merged = new java.util.HashMap<>(files.files());
            try {
                merged.put("organisation.yaml", Files.readAllBytes(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new FlowFiles(files.origin(), merged);
        };
        AtomicReference<FlowCatalog> current = new AtomicReference<>(FlowLoader.load(overlay.apply(FlowFiles.fromDirectory(dir))));
        try (TestServer other = TestServer.start(current::get);
             FlowWatcher watching = FlowWatcher.start(dir, overlay, current, List.of(volume))) {
            String report = "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"no\"},"
                    + "{\"question\":\"worried\",\"option\":\"yes\"}]}";
            assertThat(other.postJson("/api/v1/flows/tiny/conversation", report).body()).contains("030 111 1111");
            Path second = kubeletFolder(volume, "..2026_12_05_10_05_00.2", organisation, "030 222 2222");
            Files.createSymbolicLink(volume.resolve("..data_tmp"), second.getFileName());
            Files.move(volume.resolve("..data_tmp"), volume.resolve("..data"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            waitFor(() -> other.postJson("/api/v1/flows/tiny/conversation", report).body().contains("030 222 2222"));
            assertThat(other.postJson("/api/v1/flows/tiny/conversation", report).body()).doesNotContain("030 111 1111");
        }
    }

    /** A folder as the kubelet writes it: the organisation file with this aandachtsfunctionaris's number filled in. */
    private static Path kubeletFolder(Path volume, String name, String organisation, String phone) throws Exception {
        Path folder = Files.createDirectory(volume.resolve(name));
        String filled = organisation.replaceFirst("phone: \"vul in: telefoonnummer\"\\s*\n\\s*example: true",
                "phone: \"" + phone + "\"");
        assertThat(filled).as("the fixture's aandachtsfunctionaris is an example to fill in").contains(phone);
        Files.writeString(folder.resolve("organisation.yaml"), filled);
        return folder;
    }

    private String version() {
        String body = server.postJson("/api/v1/flows/tiny/conversation", "{\"answers\":[]}").body();
        Matcher matcher = VERSION.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 15 s for the flow watcher").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
