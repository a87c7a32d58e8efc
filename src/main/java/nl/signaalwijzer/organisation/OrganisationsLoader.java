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
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.Location;
import nl.signaalwijzer.flow.Problem;
import nl.signaalwijzer.flow.Reading;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an organisations folder ({@code ORGANISATIONS_DIR}, once wired): {@value #NATIONAL}, the national numbers,
 * and one {@code ID.yaml} per organisation. Every file is read and every problem reported, sorted by file and line.
 */
public final class OrganisationsLoader {
    /** The shared national numbers; the underscore keeps the name apart from every organisation id. */
    public static final String NATIONAL = "_national.yaml";

    private OrganisationsLoader() {
    }

    /** @param rolesNamed every contact id the flows name ({@code FlowCatalog.contactsNamed()}) */
    public static OrganisationsReport read(FlowFiles files, Set<String> rolesNamed) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<String, Contact> national = Map.of();
        if (files.files().containsKey(NATIONAL)) {
            national = parse(files, NATIONAL, problems)
                    .map(parsed -> new OrganisationReader(parsed.reading()).national(parsed.root())).orElse(Map.of());
        } else {
            problems.add(new Problem(new Location(NATIONAL, 1, 1), "the national numbers are missing from "
                    + files.origin() + " (every organisation shares them)"));
        }
        Map<String, OrganisationFile> organisations = new LinkedHashMap<>();
        for (String name : files.files().keySet()) {
            if (name.equals(NATIONAL)) {
                continue;
            }
            String id = name.substring(0, name.length() - ".yaml".length());
            parse(files, name, problems).ifPresent(parsed -> {
                OrganisationReader reader = new OrganisationReader(parsed.reading());
                reader.checkId(id, new Location(name, 1, 1), "organisation (the file name)");
                OrganisationFile file = reader.organisation(id, parsed.root());
                if (file != null) {
                    organisations.put(id, file);
                }
            });
        }
        if (organisations.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(new Location(files.origin(), 1, 1), "there are no organisation files"));
        }
        Organisations read = new Organisations(national, organisations);
        new OrganisationsCheck(read, rolesNamed, problems, warnings).check();
        Set<String> notes = new LinkedHashSet<>(); // a contact a location inherits is noted once, where it is written
        read.scopes().forEach(scope -> notes.addAll(ExampleContacts.notes(scope.organisation())));
        return new OrganisationsReport(read, problems.stream().sorted().toList(), warnings.stream().sorted().toList(),
                List.copyOf(notes));
    }

    private record Parsed(Node root, Reading reading) {
    }

    private static Optional<Parsed> parse(FlowFiles files, String name, List<Problem> problems) {
        Reading reading = new Reading(name, problems);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(files.files().get(name))).toString();
            return reading.parse(text).map(root -> new Parsed(root, reading));
        } catch (CharacterCodingException e) {
            reading.problem(new Location(name, 1, 1), "the file is not valid UTF-8 text");
            return Optional.empty();
        }
    }
}
