package nl.signaalwijzer.organisation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import nl.signaalwijzer.flow.FlowFiles;

/**
 * The files of an organisations folder as they are at one moment, also while Kubernetes swaps a ConfigMap in.
 *
 * <p>The kubelet lays a ConfigMap volume out as {@code dir/..2026_12_05_10_00_00.123/} (the real files),
 * {@code dir/..data -> ..2026_...} (swapped atomically by renaming {@code ..data_tmp} over it) and
 * {@code dir/foo.yaml -> ..data/foo.yaml}. Reading {@code foo.yaml} and {@code bar.yaml} through those links one
 * after the other could read one from the old payload and the other from the new. So when {@code ..data} is
 * there it is resolved once and the files are read from the one directory it points to: every file of one
 * swap is read together, and a key added or removed in that swap is there or gone with it (the kubelet adds and
 * removes the {@code foo.yaml} links only after the swap). Any other folder is read as it is.
 *
 * <p>Only {@code *.yaml} files whose names do not start with a dot are organisation files (dot files are the
 * kubelet's and editors'). FlowFiles.fromDirectory follows symbolic links, so a link to a file is read as the file.
 */
final class FolderSnapshot {
    static final String KUBELET_DATA = "..data";
    /** The kubelet removes the old payload right after a swap; a read that overlapped it is done again. */
    private static final int ATTEMPTS = 3;

    private FolderSnapshot() {
    }

    static FlowFiles read(Path dir) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return readOnce(dir);
            } catch (NoSuchFileException swapped) {
                if (attempt == ATTEMPTS) {
                    throw swapped;
                }
            }
        }
    }

    private static FlowFiles readOnce(Path dir) throws IOException {
        Path data = dir.resolve(KUBELET_DATA);
        if (!Files.isDirectory(data)) {
            return withoutDotFiles(dir, FlowFiles.fromDirectory(dir));
        }
        Path payload = data.toRealPath();
        FlowFiles files = FlowFiles.fromDirectory(payload);
        // The kubelet deletes a payload only after ..data points away from it, and never points back (its name is
        // a new timestamp). Still the target after the read, so nothing was deleted while listing or reading it:
        // a read that raced the deletion could otherwise miss files without an error, and drop organisations.
        if (!data.toRealPath().equals(payload)) {
            throw new NoSuchFileException(payload.toString(), null, "swapped while it was read");
        }
        return withoutDotFiles(dir, files);
    }

    /**
     * What a file's contents are known by between reads: their length, CRC-32 and Adler-32 (a ByteBuffer compares
     * by contents). Kept instead of the bytes themselves: 200 organisations' files are 1.5 MB, kept for as long as
     * they serve. zlib's checks, native: the folder is read every {@value OrganisationsWatcher#POLL_SECONDS} s, and
     * with C1 only (the JVM flags) SHA-256 of 200 generated files took 11-30 ms each time, these 0.7-1.8 ms. An edit
     * that keeps the length and both checks is not a risk for files people write.
     */
    static ByteBuffer digest(byte[] contents) {
        CRC32 crc = new CRC32();
        crc.update(contents);
        Adler32 adler = new Adler32();
        adler.update(contents);
        return ByteBuffer.allocate(16).putLong(contents.length).putInt((int) crc.getValue())
                .putInt((int) adler.getValue()).flip();
    }

    private static FlowFiles withoutDotFiles(Path dir, FlowFiles read) {
        Map<String, byte[]> files = new TreeMap<>(read.files());
        files.keySet().removeIf(name -> name.startsWith("."));
        return new FlowFiles(dir.toString(), files);
    }
}
