package nl.signaalwijzer.flow;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and validates a whole flows directory; either every file is sound or nothing is loaded. */
public final class FlowLoader {
    public static final String ACTIONS = "actions.yaml";
    public static final String ORGANISATION = "organisation.yaml";
    public static final String GLOSSARY = "glossary.yaml";
    public static final String SOURCES = "sources.yaml";
    /** Files of a flows folder that are not flows: shared data, and the folder's own languages and page words. */
    private static final Set<String> NOT_FLOWS = Set.of(ACTIONS, ORGANISATION, GLOSSARY, SOURCES, Languages.FILE,
            PageWords.FILE);
    /** The order flows are offered in; other flows follow alphabetically. */
    private static final List<String> PREFERRED_ORDER = List.of("medewerker", "client", "naaste", "zelf", "ontvanger");

    private FlowLoader() {
    }

    /**
     * For serving: the warnings are those about conditions and rules only (cheap); the readability check
     * (seconds on a cold JVM) is left to {@link #loadAndLint}.
     *
     * @throws FlowException with every problem found, sorted by file and line
     */
    public static FlowCatalog load(FlowFiles files) {
        return load(files, false);
    }

    /**
     * For {@code lint}: as {@link #load}, and the readability warnings too, read from the same parse.
     *
     * @throws FlowException with every problem, and the warnings found in what could be read
     */
    public static FlowCatalog loadAndLint(FlowFiles files) {
        return load(files, true);
    }

    private static FlowCatalog load(FlowFiles files, boolean readability) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        // every file is parsed once here; the readability check reads the same trees
        List<ReadabilityCheck.ParsedFile> parsedFiles = new ArrayList<>();
        Loading loading = new Loading(files, problems, parsedFiles);
        FlowValidator validator = new FlowValidator(problems, warnings);

        Languages languages = Languages.load(loading.text(Languages.FILE), problems);
        PageWords words = PageWords.load(loading.text(PageWords.FILE), languages, problems);
        LanguageCheck languageCheck = new LanguageCheck(languages, problems);
        Optional<Parsed> actionsFile = loading.required(ACTIONS);
        Map<String, Action> actions = actionsFile.map(pair -> FlowReader.actions(pair.root, pair.reading)).orElse(Map.of());
        Optional<Parsed> organisationFile = loading.required(ORGANISATION);
        @Nullable Organisation organisation = organisationFile
                .map(pair -> FlowReader.organisation(pair.root, pair.reading)).orElse(null);
        List<GlossaryTerm> glossary = files.files().containsKey(GLOSSARY)
                ? loading.parse(GLOSSARY).map(p -> FlowReader.glossary(p.root, p.reading, flowIds(files))).orElse(List.of())
                : List.of();
        validator.actions(actions, organisation);
        // Without sources.yaml (a small fixture) titles stay as they are in English too; with it, each needs a gloss.
        @Nullable Map<String, String> glosses = files.files().containsKey(SOURCES)
                ? validator.sourceGlosses(loading.parse(SOURCES).map(p -> FlowReader.sourceGlosses(p.root, p.reading))
                        .orElse(List.of()))
                : null;

        byte[] shared = sharedBytes(files);
        Map<String, Flow> flows = new LinkedHashMap<>();
        for (String name : flowFileNames(files)) {
            String baseName = name.substring(0, name.length() - ".yaml".length());
            int problemsBefore = problems.size();
            loading.parse(name)
                    .flatMap(p -> FlowReader.flow(p.root, p.reading).map(parsed -> {
                        languageCheck.flow(parsed, baseName, new ReadabilityCheck.ParsedFile(name, "", p.root), actions,
                                actionsFile.map(Parsed::root).orElse(null), organisationFile.map(Parsed::root).orElse(null));
                        return parsed;
                    }))
                    .ifPresent(parsed -> {
                        OutcomeContent content = new OutcomeContent(actions, wordingById(parsed), organisation,
                                glosses == null ? Map.of() : glosses, parsed.exampleNote(), parsed.phases());
                        validator.flow(parsed, baseName, actions, organisation, content, problems.size() == problemsBefore);
                        validator.glossed(parsed, glosses);
                        flows.put(baseName, new Flow(parsed.id(), parsed.title(), parsed.description(), parsed.languages(), parsed.start(),
                                parsed.questions(), parsed.outcomes(), version(Objects.requireNonNull(files.files().get(name)), shared), content,
                                parsed.onKiosk(), parsed.startDays()));
                    });
        }
        languageCheck.shared();
        if (flows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(new Location(files.origin(), 1, 1), "there are no flow files"));
        }
        if (readability) {
            warnings.addAll(ReadabilityCheck.check(parsedFiles, glossary));
            // an easy-read language's rules are firm: its readers need them, so a breach fails lint
            List<ReadabilityCheck.ParsedFile> withPageWords = new ArrayList<>(parsedFiles);
            withPageWords.add(PageWords.bundledFile());
            languages.all().stream().filter(Language::easyRead)
                    .forEach(language -> problems.addAll(EasyReadCheck.check(withPageWords, language.lang().tag())));
        }
        if (!problems.isEmpty()) {
            throw new FlowException(problems, warnings);
        }
        // no problem, so organisation.yaml was read
        return new FlowCatalog(ordered(flows), actions, Objects.requireNonNull(organisation), new Glossary(glossary),
                languages, words, warnings.stream().sorted().toList());
    }

    private static Map<String, ActionUse> wordingById(FlowReader.ParsedFlow flow) {
        Map<String, ActionUse> wording = new LinkedHashMap<>();
        flow.wording().stream().filter(w -> w.actionId() != null).forEach(w -> wording.putIfAbsent(w.actionId(), w));
        return wording;
    }

    private static Set<String> flowIds(FlowFiles files) {
        return flowFileNames(files).stream().map(name -> name.substring(0, name.length() - ".yaml".length()))
                .collect(Collectors.toSet());
    }

    private static List<String> flowFileNames(FlowFiles files) {
        return files.files().keySet().stream()
                .filter(name -> !NOT_FLOWS.contains(name))
                .toList();
    }

    private static Map<String, Flow> ordered(Map<String, Flow> flows) {
        Map<String, Flow> ordered = new LinkedHashMap<>();
        PREFERRED_ORDER.stream().filter(flows::containsKey).forEach(id -> ordered.put(id, flows.get(id)));
        flows.forEach(ordered::putIfAbsent);
        return Collections.unmodifiableMap(ordered);
    }

    private record Parsed(Node root, Reading reading) {
    }

    /** Reads the files of one load, each once, remembering each parsed tree for the readability check. */
    private record Loading(FlowFiles files, List<Problem> problems, List<ReadabilityCheck.ParsedFile> parsed) {

        Optional<Parsed> required(String name) {
            if (!files.files().containsKey(name)) {
                problems.add(new Problem(new Location(name, 1, 1), "the file is missing from " + files.origin()));
                return Optional.empty();
            }
            return parse(name);
        }

        /** A file's text, if the folder has it (read as it is; its reader reports its problems). */
        @Nullable String text(String name) {
            byte[] bytes = files.files().get(name);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        Optional<Parsed> parse(String name) {
            Reading reading = new Reading(name, problems);
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(files.files().get(name))).toString();
                return FlowReader.parse(text, reading).map(root -> {
                    parsed.add(new ReadabilityCheck.ParsedFile(name, text, root));
                    return new Parsed(root, reading);
                });
            } catch (CharacterCodingException e) {
                reading.problem(new Location(name, 1, 1), "the file is not valid UTF-8 text");
                return Optional.empty();
            }
        }
    }

    private static byte[] sharedBytes(FlowFiles files) {
        var out = new ByteArrayOutputStream();
        for (String name : List.of(ACTIONS, ORGANISATION, GLOSSARY, SOURCES)) {
            byte[] bytes = files.files().get(name);
            if (bytes != null) {
                out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    /** First 10 hex digits of SHA-256 over the flow file and the shared files its advice is built from. */
    static String version(byte[] flowBytes, byte[] shared) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(flowBytes);
            digest.update(shared);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
