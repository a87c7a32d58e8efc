package nl.signaalwijzer;

import nl.signaalwijzer.web.operations.GracefulShutdown;
import nl.signaalwijzer.web.operations.Health;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import nl.signaalwijzer.diagram.FlowGraph;
import nl.signaalwijzer.diagram.MermaidDiagram;
import nl.signaalwijzer.diagram.SvgDiagram;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.ExampleContacts;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowException;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.FlowLoader;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.PageWords;
import nl.signaalwijzer.flow.Problem;
import nl.signaalwijzer.organisation.OrganisationsLoader;
import nl.signaalwijzer.organisation.OrganisationsReport;
import nl.signaalwijzer.organisation.Organisations;
import nl.signaalwijzer.organisation.OrganisationsException;
import nl.signaalwijzer.organisation.OrganisationsWatcher;
import nl.signaalwijzer.web.ServerSettings;
import nl.signaalwijzer.web.WebServer;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/**
 * Wiring only. {@code java -jar signaalwijzer.jar} serves; {@code lint [DIR]} checks flow files;
 * {@code paths FLOW [DIR]} prints every path through a flow (the golden-file format).
 */
public final class App {

    private App() {
    }

    public static void main(String[] args) throws IOException {
        String command = args.length == 0 ? "serve" : args[0];
        int exit = switch (command) {
            case "serve" -> serve();
            case "lint" -> lint(Arrays.asList(args).subList(1, args.length), System.out);
            case "lint-organisations" -> lintOrganisations(Arrays.asList(args).subList(1, args.length), System.out);
            case "paths" -> args.length > 1 ? paths(args[1], args.length > 2 ? args[2] : null, System.out) : usage();
            case "diagram" -> diagram(Arrays.asList(args).subList(1, args.length), System.out);
            default -> usage();
        };
        if (exit != 0 || !command.equals("serve")) {
            System.exit(exit);
        }
    }

    private static int usage() {
        System.err.println("usage: java -jar signaalwijzer.jar [serve | lint [--strict] [FLOWS_DIR] | paths FLOW [FLOWS_DIR]"
                + " | diagram FLOW [--mermaid] [--lang=TAG] [FLOWS_DIR]"
                + " | lint-organisations [--strict] [--flows=FLOWS_DIR] ORGANISATIONS_DIR]");
        return 2;
    }

    /** FLOWS_DIR (default {@code flows}); without that directory, the flows bundled in the jar. */
    static FlowFiles flowFiles(@Nullable String dirArgument) throws IOException {
        String configured = dirArgument != null ? dirArgument : System.getenv("FLOWS_DIR");
        Path dir = Path.of(configured != null ? configured : "flows");
        if (Files.isDirectory(dir)) {
            return FlowFiles.fromDirectory(dir);
        }
        if (configured != null) {
            throw new IOException("FLOWS_DIR " + dir.toAbsolutePath() + " is not a directory");
        }
        return FlowFiles.bundled();
    }

    /**
     * ORGANISATION_FILE, when set, replaces {@code organisation.yaml} of the flows: an organisation's
     * contacts from outside the image (a Kubernetes ConfigMap, an /etc file), the flows from the image.
     */
    static FlowFiles withOrganisationFile(FlowFiles files) {
        String path = System.getenv("ORGANISATION_FILE");
        if (path == null || path.isBlank()) {
            return files;
        }
        java.util.Map<String, byte[]> merged = new java.util.HashMap<>(files.files());
        try {
            merged.put("organisation.yaml", Files.readAllBytes(Path.of(path)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("ORGANISATION_FILE " + path + " cannot be read", e);
        }
        return new FlowFiles(files.origin(), merged);
    }

    /**
     * ORGANISATIONS_DIR: a folder of organisations, each served under {@code /o/{id}} (and its locations under
     * {@code /o/{id}/{location}}). Unset: the flows folder's {@code organisations/} if there is one (the bundled
     * example), else none. Set to {@code ""}: none. The default organisation, without a prefix, is always the flows'
     * {@code organisation.yaml} or ORGANISATION_FILE, as before.
     */
    static Optional<Path> organisationsDir(FlowFiles flows) throws IOException {
        String configured = System.getenv("ORGANISATIONS_DIR");
        if (configured != null) {
            if (configured.isBlank()) {
                return Optional.empty();
            }
            Path dir = Path.of(configured);
            if (!Files.isDirectory(dir)) {
                throw new IOException("ORGANISATIONS_DIR " + dir.toAbsolutePath() + " is not a directory");
            }
            return Optional.of(dir);
        }
        return Optional.ofNullable(flows.directory()).map(dir -> dir.resolve("organisations")).filter(Files::isDirectory);
    }

    private static int serve() throws IOException {
        FlowFiles files = withOrganisationFile(flowFiles(null));
        ServerSettings settings;
        try {
            settings = ServerSettings.from(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        // performance: the flows are read and checked on a second thread while the web server is set
        // up (not started) on this one; both are mostly class loading, and a small VM has 2 cores.
        // The page words (ui-text.yaml) and languages are read with the flows, as strictly: a broken file stops the start too.
        FutureTask<FlowCatalog> loading = new FutureTask<>(() -> FlowLoader.load(files));
        new Thread(loading, "load-flows").start();
        AtomicReference<FlowCatalog> current = new AtomicReference<>();
        Health health = new Health();
        // the organisations folder's watcher, once started (below); until then and without a folder: none
        AtomicReference<Supplier<Organisations>> organisations = new AtomicReference<>(Organisations::none);
        Javalin server = WebServer.create(current::get, () -> java.util.Objects.requireNonNull(organisations.get()).get(), settings, health);
        FlowCatalog catalog;
        try {
            catalog = loadedCatalog(loading);
        } catch (FlowException e) {
            System.err.println("The flows in " + files.origin() + " (or the page words, " + PageWords.FILE
                    + ", the languages) have problems; the server does not start:");
            System.err.println(e.getMessage());
            return 1;
        }
        current.set(catalog);
        if (!ExampleContacts.in(catalog.organisation()).isEmpty()) {
            LoggerFactory.getLogger(App.class).warn("{} contact(s) in organisation.yaml are still examples;"
                    + " outcomes tell users the contacts are not filled in yet: {}",
                    ExampleContacts.in(catalog.organisation()).size(), ExampleContacts.ids(catalog.organisation()));
        }
        Optional<Path> organisationsDir;
        try {
            organisationsDir = organisationsDir(files);
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        if (organisationsDir.isPresent()) {
            // read now (a broken folder stops the start, as broken flows do), then reloaded file by file on change
            try {
                OrganisationsWatcher watcher = OrganisationsWatcher.start(organisationsDir.get(),
                        () -> java.util.Objects.requireNonNull(current.get()).contactsNamed());
                organisations.set(watcher::current);
            } catch (OrganisationsException e) {
                System.err.println("The organisations in " + organisationsDir.get() + " have problems; the server does not start:");
                e.problems().forEach(System.err::println);
                return 1;
            }
        }
        if (files.directory() != null) {
            // ORGANISATION_FILE is read anew with every reload, and a change to it reloads too
            String organisationFile = System.getenv("ORGANISATION_FILE");
            List<Path> alsoWatched = organisationFile == null || organisationFile.isBlank() ? List.of()
                    : List.of(Path.of(organisationFile).toAbsolutePath().getParent());
            FlowWatcher.start(files.directory(), App::withOrganisationFile, current, alsoWatched);
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        String host = System.getenv("HOST"); // e.g. 127.0.0.1; unset: every interface
        Javalin app = host == null || host.isBlank() ? server.start(port) : server.start(host, port);
        GracefulShutdown.onSignals(app, health, settings.shutdownDelay(), settings.shutdownTimeout());
        System.out.println("Signaalwijzer serves " + catalog.flows().keySet() + " from " + files.origin()
                + " on http://localhost:" + app.port() + "/");
        // a hint only; the readability check is left to lint, so it costs the server no start-up time
        if (!catalog.warnings().isEmpty()) {
            System.out.println(catalog.warnings().size() + " warning(s) in " + files.origin()
                    + "; see them with: java -jar signaalwijzer.jar lint " + files.origin());
        }
        return 0;
    }

    private static FlowCatalog loadedCatalog(FutureTask<FlowCatalog> loading) {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * {@code lint [--strict] [FLOWS_DIR]}: every problem, then every readability warning, each as
     * {@code file:line:column: ...}. Exit 1 on a problem; with {@code --strict} also on a warning.
     */
    static int lint(List<String> args, PrintStream out) throws IOException {
        boolean strict = args.contains("--strict");
        List<String> dirs = args.stream().filter(a -> !a.equals("--strict")).toList();
        if (dirs.size() > 1 || dirs.stream().anyMatch(a -> a.startsWith("--"))) {
            return usage();
        }
        FlowFiles files = flowFiles(dirs.isEmpty() ? null : dirs.get(0));
        List<Problem> problems = new ArrayList<>(); // the page words' problems come with the flows' (FlowLoader)
        List<Problem> warnings = new ArrayList<>();
        List<String> notes = List.of();
        int flows = 0;
        try {
            FlowCatalog catalog = FlowLoader.loadAndLint(files);
            flows = catalog.flows().size();
            warnings.addAll(catalog.warnings());
            notes = ExampleContacts.notes(catalog.organisation());
        } catch (FlowException e) {
            problems.addAll(e.problems());
            warnings.addAll(e.warnings());
        }
        // The page words are linted with the flow texts, against the same glossary.
        warnings.addAll(PageWords.warnings(files));
        problems.forEach(out::println);
        warnings.forEach(out::println);
        notes.forEach(out::println);
        if (problems.isEmpty()) {
            out.println("ok: " + flows + " flows in " + files.origin() + ", " + warnings.size() + " warning(s)");
        } else {
            out.println(problems.size() + " problem(s), " + warnings.size() + " warning(s)");
        }
        return !problems.isEmpty() || (strict && !warnings.isEmpty()) ? 1 : 0;
    }

    /**
     * {@code lint-organisations [--strict] [--flows=FLOWS_DIR] DIR}: the organisations folder against the roles the
     * flows name, printed as {@code lint} prints (problems, warnings, notes). Not yet served: see
     * {@code nl.signaalwijzer.organisation}.
     */
    static int lintOrganisations(List<String> args, PrintStream out) throws IOException {
        boolean strict = args.contains("--strict");
        List<String> dirs = args.stream().filter(a -> !a.startsWith("--")).toList();
        List<String> flowsDir = args.stream().filter(a -> a.startsWith("--flows=")).map(a -> a.substring(8)).toList();
        if (dirs.size() != 1 || flowsDir.size() > 1 || args.stream().anyMatch(a -> a.startsWith("--")
                && !a.equals("--strict") && !a.startsWith("--flows="))) {
            return usage();
        }
        Optional<FlowCatalog> flows = loadForCommand(flowsDir.isEmpty() ? null : flowsDir.get(0));
        if (flows.isEmpty()) {
            return 1;
        }
        OrganisationsReport report = OrganisationsLoader.read(FlowFiles.fromDirectory(Path.of(dirs.get(0))), flows.get());
        report.problems().forEach(out::println);
        report.warnings().forEach(out::println);
        report.notes().forEach(out::println);
        if (report.problems().isEmpty()) {
            int locations = report.organisations().ids().stream()
                    .mapToInt(id -> report.organisations().locationIds(id).size()).sum();
            out.println("ok: " + report.organisations().ids().size() + " organisations, " + locations
                    + " locations in " + dirs.get(0) + ", " + report.warnings().size() + " warning(s)");
        } else {
            out.println(report.problems().size() + " problem(s), " + report.warnings().size() + " warning(s)");
        }
        return !report.problems().isEmpty() || (strict && !report.warnings().isEmpty()) ? 1 : 0;
    }

    static int paths(String flowId, @Nullable String dir, PrintStream out) throws IOException {
        Optional<Flow> flow = loadForCommand(dir).flatMap(catalog -> flowOrComplain(catalog, flowId));
        if (flow.isEmpty()) {
            return 1;
        }
        FlowPath.all(flow.get()).forEach(path -> out.println(path.line()));
        return 0;
    }

    /** {@code diagram FLOW [--mermaid] [--lang=TAG] [FLOWS_DIR]}: the flow as standalone SVG (or Mermaid text). */
    static int diagram(List<String> args, PrintStream out) throws IOException {
        List<String> plain = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (plain.isEmpty() || plain.size() > 2 || args.stream().anyMatch(
                a -> a.startsWith("--") && !a.equals("--mermaid") && !a.equals("--en") && !a.startsWith("--lang="))) {
            return usage();
        }
        Optional<FlowCatalog> catalog = loadForCommand(plain.size() > 1 ? plain.get(1) : null);
        Optional<Flow> flow = catalog.flatMap(c -> flowOrComplain(c, plain.get(0)));
        if (catalog.isEmpty() || flow.isEmpty()) {
            return 1;
        }
        // --lang=TAG draws it in any language the flow offers; --en is the older way to say --lang=en
        Lang lang = args.contains("--en") ? Lang.EN : args.stream().filter(a -> a.startsWith("--lang="))
                .map(a -> a.substring("--lang=".length())).flatMap(tag -> Lang.parse(tag).stream())
                .map(asked -> catalog.get().languageOf(flow.get(), asked)).findFirst().orElse(Lang.NL);
        FlowGraph graph = FlowGraph.of(flow.get(), catalog.get(), lang);
        out.print(args.contains("--mermaid") ? MermaidDiagram.render(graph) : SvgDiagram.render(graph));
        out.flush();
        return 0;
    }

    /** The flows of {@code dir} (or the default), or empty after printing their problems. */
    private static Optional<FlowCatalog> loadForCommand(@Nullable String dir) throws IOException {
        try {
            return Optional.of(FlowLoader.load(flowFiles(dir)));
        } catch (FlowException e) {
            e.problems().forEach(System.err::println);
            return Optional.empty();
        }
    }

    private static Optional<Flow> flowOrComplain(FlowCatalog catalog, String flowId) {
        Optional<Flow> flow = catalog.flow(flowId);
        if (flow.isEmpty()) {
            System.err.println("no flow '" + flowId + "'; there are: " + catalog.flows().keySet());
        }
        return flow;
    }
}
