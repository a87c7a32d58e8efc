package nl.signaalwijzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.FlowLoader;

/** Flow files for tests: the real bundled {@code flows/}, and small fixtures under test resources. */
public final class Fixtures {
    public static final Path REAL_FLOWS = Path.of("flows");
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    /** A deployer's flows folder that adds a right-to-left language, with data only (see its languages.yaml). */
    public static final Path RTL_LANGUAGE = FIXTURES.resolve("rtl-language");

    private Fixtures() {
    }

    public static FlowCatalog realCatalog() {
        try {
            return FlowLoader.load(FlowFiles.fromDirectory(REAL_FLOWS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real bundled flows on a kiosk: organisation.yaml with {@code kiosk: enabled: true}. */
    public static FlowCatalog realKioskCatalog() {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(REAL_FLOWS)) {
            for (Path file : (Iterable<Path>) list.filter(f -> f.toString().endsWith(".yaml"))::iterator) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String organisation = new String(files.get("organisation.yaml"), java.nio.charset.StandardCharsets.UTF_8);
        String kiosk = organisation.replaceFirst("(?m)^(kiosk:\\s*\\n\\s*enabled:) false", "$1 true");
        if (kiosk.equals(organisation)) {
            throw new IllegalStateException("organisation.yaml no longer has 'kiosk: enabled: false' to switch on");
        }
        files.put("organisation.yaml", kiosk.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return FlowLoader.load(new FlowFiles("real flows on a kiosk", files));
    }

    /** The bundled example organisations folder ({@code flows/organisations}). */
    public static final Path EXAMPLE_ORGANISATIONS = REAL_FLOWS.resolve("organisations");

    /**
     * A copy of the example organisations folder in {@code dir}, with every example number taken as filled in
     * ({@code example: false}): a page shows an example contact's role only, and the tests need to see which
     * organisation's or location's number a page shows.
     */
    public static Path exampleOrganisationsFilledIn(Path dir) {
        try (Stream<Path> list = Files.list(EXAMPLE_ORGANISATIONS)) {
            for (Path file : (Iterable<Path>) list.filter(f -> f.toString().endsWith(".yaml"))::iterator) {
                String text = Files.readString(file).replace("example: true", "example: false");
                Files.writeString(dir.resolve(file.getFileName()), text);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organisations of a folder, read as the server reads ORGANISATIONS_DIR; a problem fails the test. */
    public static nl.signaalwijzer.organisation.Organisations organisations(Path dir, FlowCatalog flows) {
        nl.signaalwijzer.organisation.OrganisationsReport report;
        try {
            report = nl.signaalwijzer.organisation.OrganisationsLoader.read(FlowFiles.fromDirectory(dir),
                    flows.contactsNamed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("the organisations in " + dir + " have problems: " + report.problems());
        }
        return report.organisations();
    }

    /** The flows of this folder, read as the server reads the folder FLOWS_DIR names. */
    public static FlowCatalog asDeployed(Path flowsDir) {
        try {
            return FlowLoader.load(App.flowFiles(flowsDir.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FlowCatalog validFixture() {
        return FlowLoader.load(fixture());
    }

    /** A small flow using every v2 feature (conditions, skip, urgent, flow wording, own advice), with its own shared files. */
    public static FlowCatalog v2Fixture() {
        return FlowLoader.load(new FlowFiles("v2 fixture", read(FIXTURES.resolve("v2"))));
    }

    /** A checklist flow ({@code fixtures/checklist/list.yaml}): time groups, who does it, deadlines, staff only. */
    public static FlowCatalog checklistFixture() {
        return FlowLoader.load(new FlowFiles("checklist fixture", read(FIXTURES.resolve("checklist"))));
    }

    /** The checklist fixture on a kiosk, which must not offer its flow for staff only. */
    public static FlowCatalog checklistOnKiosk() {
        Map<String, byte[]> files = new HashMap<>(read(FIXTURES.resolve("checklist")));
        files.putAll(read(FIXTURES.resolve("kiosk")));
        return FlowLoader.load(new FlowFiles("checklist fixture on a kiosk", files));
    }

    /** The valid fixture on a kiosk: {@code kiosk/organisation.yaml} switches kiosk mode on. */
    public static FlowCatalog kioskFixture() {
        Map<String, byte[]> files = new HashMap<>(read(FIXTURES.resolve("valid")));
        files.putAll(read(FIXTURES.resolve("kiosk")));
        return FlowLoader.load(new FlowFiles("kiosk fixture", files));
    }

    /**
     * The valid fixture in Dutch, English and Makkelijk lezen ({@code nl-x-easy}, the Dutch words marked
     * "(makkelijk)"), with pictograms ({@code icon:}) on the first question's answers and on two actions.
     * Where the bundled languages.yaml does not configure {@code nl-x-easy} yet, this folder configures it the
     * way a deployer adds a language: its own languages.yaml, and page words in it (the Dutch ones).
     */
    public static FlowCatalog pictogramsFixture() {
        Map<String, byte[]> files = new HashMap<>(read(FIXTURES.resolve("valid")));
        files.putAll(read(FIXTURES.resolve("pictograms")));
        String bundled = resource("/languages.yaml");
        if (!bundled.contains("tag: nl-x-easy")) {
            files.put("languages.yaml", ("languages:\n  - {tag: nl-x-easy, name: Makkelijk lezen, html-lang: nl,"
                    + " pictograms: true}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder words = new StringBuilder();
            Map<String, Map<String, String>> bundledWords = new org.yaml.snakeyaml.Yaml().load(resource("/ui-text.yaml"));
            bundledWords.forEach((key, text) -> words.append(key).append(": {nl-x-easy: ")
                    .append(quoted(text.get("nl"))).append("}\n"));
            files.put("ui-text.yaml", words.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return FlowLoader.load(new FlowFiles("pictograms fixture", files));
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String resource(String name) {
        try (java.io.InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " on the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid fixture, with the files of {@code broken/<rule>/} put over it. */
    public static FlowFiles fixture(String... brokenRules) {
        Map<String, byte[]> files = new HashMap<>(read(FIXTURES.resolve("valid")));
        for (String rule : brokenRules) {
            files.putAll(read(FIXTURES.resolve("broken").resolve(rule)));
        }
        return new FlowFiles("fixture", files);
    }

    /** The valid fixture, with the files of {@code lint/<rule>/} put over it: loads, with one warning. */
    public static FlowFiles lintFixture(String rule) {
        Map<String, byte[]> files = new HashMap<>(read(FIXTURES.resolve("valid")));
        files.putAll(read(FIXTURES.resolve("lint").resolve(rule)));
        return new FlowFiles("fixture", files);
    }

    public static Map<String, byte[]> read(Path dir) {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : (Iterable<Path>) list::iterator) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
