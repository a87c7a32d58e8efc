package nl.signaalwijzer.organisation;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.Location;
import nl.signaalwijzer.flow.Problem;

/**
 * Turns each new state of the organisations folder into the {@link Organisations} to serve, file by file: a file
 * with a problem keeps its last good version (or stays absent if it never had one), a removed file removes its
 * organisation (unless none would be left), and every other file takes its change.
 * {@value OrganisationsLoader#NATIONAL} with a problem, or gone, keeps the last good national numbers. Not thread-safe: one watcher thread calls it.
 *
 * <p>A problem that spans files (a host named twice, a role missing) is laid at the files it is reported in;
 * each of those that changed goes back to its last good version, until no changed file has one. So an unchanged
 * organisation is never dropped because another file changed; two changed files that clash with each other both
 * keep their last good version.
 */
final class OrganisationsReload {
    /** One file as last served: its contents' digest (FolderSnapshot#digest) and what they were read as. */
    private record Accepted(ByteBuffer digest, OrganisationFile file) {
    }

    /**
     * The organisations to serve now, every problem found (empty when every file was taken as it is), and the
     * organisation files not served as they are now: kept at their last good version, or left out.
     */
    record Result(Organisations organisations, List<Problem> problems, Set<String> notTaken) {
    }

    private Map<String, Contact> national = Map.of();
    /** By file name, in file-name order (the order FlowFiles gives). */
    private Map<String, Accepted> accepted = Map.of();

    Result apply(FlowFiles files, Set<String> rolesNamed) {
        List<Problem> problems = new ArrayList<>();
        national(files, problems);
        Map<String, Accepted> chosen = new LinkedHashMap<>();
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
            String name = file.getKey();
            if (name.equals(OrganisationsLoader.NATIONAL)) {
                continue;
            }
            ByteBuffer digest = FolderSnapshot.digest(file.getValue());
            Accepted before = accepted.get(name);
            if (before != null && before.digest().equals(digest)) {
                chosen.put(name, before); // read before without a problem of its own: no need to read it again
                continue;
            }
            List<Problem> own = new ArrayList<>();
            Optional<OrganisationFile> read = OrganisationsLoader.organisation(name, file.getValue(), own);
            if (own.isEmpty() && read.isPresent()) {
                chosen.put(name, new Accepted(digest, read.get()));
                changed.add(name);
            } else {
                problems.addAll(own);
                if (before != null) {
                    chosen.put(name, before);
                }
            }
        }
        if (chosen.isEmpty() && !accepted.isEmpty()) {
            // Not one organisation left is far likelier a folder mounted or copied half-way than the wish to serve
            // nothing (every address a 404): keep serving the last good ones until a file is there again.
            problems.add(new Problem(new Location(files.origin(), 1, 1), "there are no organisation files; the last"
                    + " good ones keep serving"));
            chosen.putAll(accepted);
        }
        Organisations organisations = spanning(chosen, changed, rolesNamed, problems);
        accepted = chosen;
        Set<String> notTaken = new TreeSet<>(files.files().keySet());
        notTaken.remove(OrganisationsLoader.NATIONAL);
        files.files().forEach((name, bytes) -> {
            Accepted served = chosen.get(name);
            if (served != null && served.digest().equals(FolderSnapshot.digest(bytes))) {
                notTaken.remove(name);
            }
        });
        return new Result(organisations, problems.stream().distinct().sorted().toList(), notTaken);
    }

    private void national(FlowFiles files, List<Problem> problems) {
        byte[] bytes = files.files().get(OrganisationsLoader.NATIONAL);
        if (bytes == null) {
            problems.add(OrganisationsLoader.nationalMissing(files));
            return;
        }
        List<Problem> own = new ArrayList<>();
        Optional<Map<String, Contact>> read = OrganisationsLoader.national(bytes, own);
        if (own.isEmpty() && read.isPresent()) {
            national = read.get();
        } else {
            problems.addAll(own);
        }
    }

    /** Checks what spans files; a changed file with such a problem goes back to its last good version (or away). */
    private Organisations spanning(Map<String, Accepted> chosen, Set<String> changed, Set<String> rolesNamed,
                                   List<Problem> problems) {
        while (true) {
            Organisations organisations = organisations(chosen);
            List<Problem> found = new ArrayList<>();
            OrganisationsLoader.check(organisations, rolesNamed, found, new ArrayList<>());
            Set<String> blamed = new HashSet<>();
            found.stream().map(problem -> problem.location().file()).filter(changed::contains).forEach(blamed::add);
            problems.addAll(found); // all of them, as lint would show the folder: the clash is in the files as written
            if (blamed.isEmpty()) {
                return organisations;
            }
            for (String name : blamed) {
                changed.remove(name);
                Accepted before = accepted.get(name);
                if (before != null) {
                    chosen.put(name, before);
                } else {
                    chosen.remove(name);
                }
            }
        }
    }

    private Organisations organisations(Map<String, Accepted> chosen) {
        Map<String, OrganisationFile> files = new LinkedHashMap<>();
        chosen.forEach((name, file) -> files.put(OrganisationsLoader.idOf(name), file.file()));
        return new Organisations(national, files);
    }
}
