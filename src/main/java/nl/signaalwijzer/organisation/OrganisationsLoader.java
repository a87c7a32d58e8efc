package nl.signaalwijzer.organisation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.ExampleContacts;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.Location;
import nl.signaalwijzer.flow.Problem;
import nl.signaalwijzer.flow.Reading;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an organisations folder ({@code ORGANISATIONS_DIR}): {@value #NATIONAL}, the national numbers,
 * and one {@code ID.yaml} per organisation. Every file is read and every problem reported, sorted by file and line.
 * The steps are package-private too, so a reload can read each file alone and keep the last good one of a broken file.
 */
public final class OrganisationsLoader {
    /** The shared national numbers; the underscore keeps the name apart from every organisation id. */
    public static final String NATIONAL = "_national.yaml";

    private OrganisationsLoader() {
    }

    /**
     * For {@code lint-organisations}: {@link #read(FlowFiles, Set)} against the roles {@code flows} name, with a
     * warning for each name and hours that lacks a language a page showing it is in (see {@link LanguageGaps}).
     */
    public static OrganisationsReport read(FlowFiles files, FlowCatalog flows) {
        OrganisationsReport report = read(files, flows.contactsNamed());
        List<Problem> warnings = new ArrayList<>(report.warnings());
        warnings.addAll(LanguageGaps.of(report.organisations(), flows));
        return new OrganisationsReport(report.organisations(), report.problems(), warnings.stream().sorted().toList(),
                report.notes());
    }

    /** @param rolesNamed every contact id the flows name ({@code FlowCatalog.contactsNamed()}) */
    public static OrganisationsReport read(FlowFiles files, Set<String> rolesNamed) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Contact> national = Map.of();
        if (files.files().containsKey(NATIONAL)) {
            national = national(files.files().get(NATIONAL), problems).orElse(Map.of());
        } else {
            problems.add(nationalMissing(files));
        }
        Map<String, OrganisationFile> organisations = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
            if (!file.getKey().equals(NATIONAL)) {
                organisation(file.getKey(), file.getValue(), problems).ifPresent(read -> organisations.put(idOf(file.getKey()), read));
            }
        }
        if (organisations.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(new Location(files.origin(), 1, 1), "there are no organisation files"));
        }
        Organisations read = new Organisations(national, organisations);
        List<Problem> warnings = new ArrayList<>();
        check(read, rolesNamed, problems, warnings);
        Set<String> notes = new LinkedHashSet<>(); // a contact a location inherits is noted once, where it is written
        read.scopes().forEach(scope -> notes.addAll(ExampleContacts.notes(scope.organisation())));
        return new OrganisationsReport(read, problems.stream().sorted().toList(), warnings.stream().sorted().toList(),
                List.copyOf(notes));
    }

    /** The problem of a folder without {@value #NATIONAL}. */
    static Problem nationalMissing(FlowFiles files) {
        return new Problem(new Location(NATIONAL, 1, 1), "the national numbers are missing from "
                + files.origin() + " (every organisation shares them)");
    }

    /** {@code zorggroep.yaml} -> {@code zorggroep}: the file name is the organisation id. */
    static String idOf(String fileName) {
        return fileName.substring(0, fileName.length() - ".yaml".length());
    }

    /** The national numbers of {@value #NATIONAL}; its problems are added to {@code problems}. */
    static Optional<Map<String, Contact>> national(byte[] bytes, List<Problem> problems) {
        return parse(NATIONAL, bytes, problems).map(parsed -> new OrganisationReader(parsed.reading()).national(parsed.root()));
    }

    /** One organisation file read alone (what spans files is {@link #check}); its problems are added to {@code problems}. */
    static Optional<OrganisationFile> organisation(String name, byte[] bytes, List<Problem> problems) {
        String id = idOf(name);
        return parse(name, bytes, problems).map(parsed -> {
            OrganisationReader reader = new OrganisationReader(parsed.reading());
            reader.checkId(id, new Location(name, 1, 1), "organisation (the file name)");
            return reader.organisation(id, parsed.root());
        });
    }

    /** What spans files: parents, national numbers, roles, host names; adds to {@code problems} and {@code warnings}. */
    static void check(Organisations organisations, Set<String> rolesNamed, List<Problem> problems, List<Problem> warnings) {
        new OrganisationsCheck(organisations, rolesNamed, problems, warnings).check();
    }

    private record Parsed(Node root, Reading reading) {
    }

    private static Optional<Parsed> parse(String name, byte[] bytes, List<Problem> problems) {
        Reading reading = new Reading(name, problems);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return reading.parse(text).map(root -> new Parsed(root, reading));
        } catch (CharacterCodingException e) {
            reading.problem(new Location(name, 1, 1), "the file is not valid UTF-8 text");
            return Optional.empty();
        }
    }
}
