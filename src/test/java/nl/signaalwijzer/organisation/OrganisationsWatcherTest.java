package nl.signaalwijzer.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reload without restart against a real directory laid out as the kubelet lays out a ConfigMap volume, with real
 * symlink swaps: one organisation's change, a broken file (its last good version keeps serving, the others still
 * change), an added and a removed file, and a swap of several files that no reader sees half done.
 */
class OrganisationsWatcherTest {
    private static final Set<String> ROLES = Fixtures.realCatalog().contactsNamed();
    private static final String VOORBEELD = "voorbeeldzorg.yaml";
    private static final String RIVIERENLAND = "zorggroep-rivierenland.yaml";
    private static final Pattern FIRST_PHONE = Pattern.compile("phone: \"[^\"]*\"");

    @TempDir
    Path dir;
    private OrganisationsWatcher watcher;
    /** What every reload reported, in order (the watcher's callback, not its log). */
    private final List<List<Problem>> reloads = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private OrganisationsWatcher start(Set<String> roles) throws IOException {
        return start(() -> roles, TimeUnit.SECONDS.toMillis(OrganisationsWatcher.POLL_SECONDS));
    }

    private OrganisationsWatcher start(Supplier<Set<String>> roles, long pollMillis) throws IOException {
        watcher = OrganisationsWatcher.start(dir, roles, reloads::add, pollMillis);
        return watcher;
    }

    /** The phone of the first contact in {@code text} (its aandachtsfunctionaris) set to {@code phone}. */
    private static String withFirstPhone(String text, String phone) {
        return FIRST_PHONE.matcher(text).replaceFirst(Matcher.quoteReplacement("phone: \"" + phone + "\""));
    }

    private static String phone(Organisations organisations, String organisation, String location) {
        return organisations.scope(organisation, location).orElseThrow().organisation().contacts()
                .get("aandachtsfunctionaris").phone();
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 15 s for: " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aChangedOrganisationIsServedWithItsNewContactsAndTheOthersAreTheSameObjects() throws Exception {
        Map<String, String> files = ExampleFolder.files();
        KubeletVolume volume = new KubeletVolume(dir, files);
        start(ROLES);
        Organisations before = watcher.current();
        assertThat(phone(before, "zorggroep-rivierenland", "zuid")).isEqualTo("0344 000 001");

        files.computeIfPresent(RIVIERENLAND, (name, text) -> withFirstPhone(text, "0344 999 001"));
        volume.publish(files);
        waitFor("the new number", () -> phone(watcher.current(), "zorggroep-rivierenland", "zuid").equals("0344 999 001"));
        assertThat(phone(watcher.current(), "zorggroep-rivierenland", null)).isEqualTo("0344 999 001");
        // the watcher publishes the new organisations first and reports after: wait for the report too
        waitFor("the reload's report", () -> !reloads.isEmpty());
        assertThat(reloads).as("every read of the swap was clean").allMatch(List::isEmpty);
        assertThat(before.scope("zorggroep-rivierenland", "zuid").orElseThrow().organisation().contacts()
                .get("aandachtsfunctionaris").phone()).as("what a request already holds does not change").isEqualTo("0344 000 001");
        assertThat(watcher.current().scope("voorbeeldzorg", null)).isEqualTo(before.scope("voorbeeldzorg", null));
    }

    @Test
    void aBrokenFileKeepsItsLastGoodVersionWhileTheOthersTakeTheirChanges() throws Exception {
        Map<String, String> files = ExampleFolder.files();
        KubeletVolume volume = new KubeletVolume(dir, files);
        start(ROLES);
        String voorbeeldPhone = phone(watcher.current(), "voorbeeldzorg", null);

        // one swap: voorbeeldzorg gets a new number AND a typo; Rivierenland gets a new number; a new file is broken;
        // the national file is broken too
        files.computeIfPresent(VOORBEELD, (name, text) -> withFirstPhone(text, "030 999 0001")
                .replace("kiosk:\n", "kiosks:\n"));
        files.computeIfPresent(RIVIERENLAND, (name, text) -> withFirstPhone(text, "0344 999 001"));
        files.put("nieuwe-zorg.yaml", "name: {nl: \"Nieuwe zorg\"}\ncontacts: [\n");
        files.computeIfPresent(OrganisationsLoader.NATIONAL, (name, text) -> text.replace("phone: \"112\"", "phone: [112]"));
        volume.publish(files);
        waitFor("a reload", () -> !reloads.isEmpty());

        Organisations now = watcher.current();
        assertThat(phone(now, "zorggroep-rivierenland", "noord")).as("the sound file's change").isEqualTo("0344 999 001");
        assertThat(phone(now, "voorbeeldzorg", null)).as("the broken file's last good version").isEqualTo(voorbeeldPhone);
        assertThat(now.ids()).as("a file that never loaded stays absent").containsExactly("voorbeeldzorg", "zorggroep-rivierenland");
        assertThat(now.national().get("alarm-112").phone()).as("the last good national numbers").isEqualTo("112");
        assertThat(reloads.get(0)).extracting(problem -> problem.location().file() + ":" + problem.location().line())
                .containsExactlyInAnyOrder("_national.yaml:10", "nieuwe-zorg.yaml:3", "voorbeeldzorg.yaml:8");
        assertThat(reloads.get(0)).extracting(Problem::toString).anyMatch(p -> p.startsWith("voorbeeldzorg.yaml:8:1: ")
                && p.contains("kiosks"));

        // fixed: taken now, with the change it carried
        files.computeIfPresent(VOORBEELD, (name, text) -> text.replace("kiosks:\n", "kiosk:\n"));
        volume.publish(files);
        waitFor("the fixed file", () -> phone(watcher.current(), "voorbeeldzorg", null).equals("030 999 0001"));
    }

    @Test
    void anAddedFileAddsAnOrganisationAndARemovedFileRemovesIt() throws Exception {
        Map<String, String> files = ExampleFolder.files();
        KubeletVolume volume = new KubeletVolume(dir, files);
        start(ROLES);
        files.put("tweede-zorg.yaml", withFirstPhone(files.get(VOORBEELD), "020 123 4567"));
        volume.publish(files);
        waitFor("the added organisation", () -> watcher.current().ids().contains("tweede-zorg"));
        assertThat(phone(watcher.current(), "tweede-zorg", null)).isEqualTo("020 123 4567");

        files.remove(VOORBEELD);
        volume.publish(files);
        waitFor("the removed organisation", () -> !watcher.current().ids().contains("voorbeeldzorg"));
        assertThat(watcher.current().ids()).containsExactly("tweede-zorg", "zorggroep-rivierenland");
        assertThat(watcher.current().scope("voorbeeldzorg", null)).isEmpty();
        assertThat(reloads).containsOnly(List.of());
    }

    @Test
    void aPlainFolderEditedInPlaceIsReloadedTooAndDotFilesAreNoOrganisations() throws Exception {
        Map<String, String> files = ExampleFolder.files();
        ExampleFolder.write(dir, files);
        Files.writeString(dir.resolve(".tweede-zorg.yaml"), files.get(VOORBEELD)); // e.g. an editor's copy
        start(ROLES);
        assertThat(watcher.current().ids()).containsExactly("voorbeeldzorg", "zorggroep-rivierenland");
        Files.writeString(dir.resolve(RIVIERENLAND), withFirstPhone(files.get(RIVIERENLAND), "0344 999 001"));
        waitFor("the new number", () -> phone(watcher.current(), "zorggroep-rivierenland", null).equals("0344 999 001"));
    }

    @Test
    void aFolderWithAProblemAtStartStopsTheStartWithEveryProblemAtItsPlace() {
        Map<String, String> files = ExampleFolder.files();
        files.computeIfPresent(VOORBEELD, (name, text) -> text.replace("kiosk:\n", "kiosks:\n"));
        files.computeIfPresent(RIVIERENLAND, (name, text) -> text.replace("- id: noord", "- id: Noord"));
        new KubeletVolume(dir, files);
        assertThatThrownBy(() -> start(ROLES)).isInstanceOf(OrganisationsException.class)
                .satisfies(e -> assertThat(((OrganisationsException) e).problems()).extracting(p -> p.location().toString())
                        .contains("voorbeeldzorg.yaml:8:1", "zorggroep-rivierenland.yaml:82:9"));
    }

    @Test
    void whenTheFlowsNameANewRoleEveryOrganisationWithoutItIsAProblemAndKeepsServing() throws Exception {
        ExampleFolder.write(dir, ExampleFolder.files());
        AtomicReference<Set<String>> roles = new AtomicReference<>(ROLES);
        start(roles::get, 100); // no file changes: only the periodic read sees the new roles
        Set<String> more = new HashSet<>(ROLES);
        more.add("nachtcoordinator");
        roles.set(more);
        waitFor("a reload", () -> !reloads.isEmpty());
        assertThat(reloads.get(0)).extracting(Problem::toString).containsExactly(
                "voorbeeldzorg.yaml:6:1: organisation 'voorbeeldzorg' has no contact 'nachtcoordinator', which the flows"
                        + " name; add it (with example: true until it is filled in)",
                "zorggroep-rivierenland.yaml:6:1: organisation 'zorggroep-rivierenland' has no contact"
                        + " 'nachtcoordinator', which the flows name; add it (with example: true until it is filled in)");
        assertThat(watcher.current().ids()).containsExactly("voorbeeldzorg", "zorggroep-rivierenland");
    }

    /**
     * Two organisations carry the same generation number in every payload; a reader that ever sees two numbers in
     * one {@link Organisations} saw a half-done swap. Swapped as fast as the kubelet can, while the watcher reads.
     */
    @Test
    void aSwapOfSeveralFilesIsSeenWholeOrNotAtAll() throws Exception {
        Map<String, String> example = ExampleFolder.files();
        KubeletVolume volume = new KubeletVolume(dir, generation(example, 0));
        start(ROLES);
        List<String> mixes = new CopyOnWriteArrayList<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Thread reader = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Organisations now = watcher.current();
                String a = phone(now, "voorbeeldzorg", null);
                String b = phone(now, "zorggroep-rivierenland", "zuid");
                seen.add(a);
                if (!a.equals(b)) {
                    mixes.add(a + " / " + b);
                }
            }
        });
        reader.start();
        int last = 40;
        for (int generation = 1; generation <= last; generation++) {
            volume.publish(generation(example, generation));
            Thread.sleep(generation % 4 == 0 ? 300 : 30); // some swaps in one quiet period, some apart
        }
        waitFor("the last generation", () -> phone(watcher.current(), "voorbeeldzorg", null).equals("000 " + last));
        reader.interrupt();
        reader.join();
        assertThat(mixes).isEmpty();
        assertThat(seen).as("the reader saw several generations").hasSizeGreaterThan(5);
    }

    /**
     * The same, one level down and without the watcher's quiet period: the folder read in a loop while payloads
     * are swapped as fast as possible. Reading the {@code foo.yaml} links one by one fails this.
     */
    @Test
    void theFolderIsReadFromOnePayloadEvenWhileItIsSwapped() throws Exception {
        Map<String, String> example = ExampleFolder.files();
        KubeletVolume volume = new KubeletVolume(dir, generation(example, 0));
        Thread swapper = new Thread(() -> {
            for (int generation = 1; !Thread.currentThread().isInterrupted(); generation++) {
                volume.publish(generation(example, generation));
            }
        });
        swapper.start();
        List<String> mixes = new ArrayList<>();
        Set<String> generations = new HashSet<>();
        int reads = 0;
        try {
            // at least 2 s, and on a busy machine on until the reads have seen 20 payloads (at most 15 s)
            long start = System.nanoTime();
            while (System.nanoTime() - start < Duration.ofSeconds(2).toNanos()
                    || generations.size() <= 20 && System.nanoTime() - start < Duration.ofSeconds(15).toNanos()) {
                Map<String, String> read = new LinkedHashMap<>();
                try {
                    FolderSnapshot.read(dir).files().forEach((name, bytes) -> read.put(name, new String(bytes, StandardCharsets.UTF_8)));
                } catch (IOException swappedTooOften) {
                    continue; // three swaps during one read: a reload would simply wait for the next event
                }
                reads++;
                Set<String> numbers = new HashSet<>();
                read.remove(OrganisationsLoader.NATIONAL); // numbered only in the organisations
                read.values().forEach(text -> {
                    Matcher matcher = FIRST_PHONE.matcher(text);
                    if (matcher.find()) {
                        numbers.add(matcher.group());
                    }
                });
                generations.addAll(numbers);
                if (numbers.size() != 1 || read.size() != example.size() - 1) {
                    mixes.add(read.keySet() + " " + numbers);
                }
            }
        } finally {
            swapper.interrupt();
            swapper.join();
        }
        assertThat(mixes).as("reads of a mix of two payloads, of " + reads).isEmpty();
        assertThat(generations).as("the reads saw many payloads").hasSizeGreaterThan(20);
    }

    /** The example with the first contact of each file (national: 112's entry) numbered {@code generation}. */
    private static Map<String, String> generation(Map<String, String> example, int generation) {
        Map<String, String> files = new LinkedHashMap<>();
        example.forEach((name, text) -> files.put(name, name.equals(OrganisationsLoader.NATIONAL) ? text
                : withFirstPhone(text, "000 " + generation)));
        return files;
    }
}
