package nl.signaalwijzer.web.rendering;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * While a page is prepared for every organisation ({@link PreparedPages}): a mark in place of each
 * {@link ScopedPart}, and where the marks are in the rendered bytes. A mark is {@code U+E000}, the part's number,
 * {@code U+E001}: characters of Unicode's private use area, which no flow text, page word or escaping produces, so
 * a mark can only be one of ours; in UTF-8 both start with the bytes {@code EE 80}.
 */
final class Marks implements Function<ScopedPart, String> {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final byte[] OPEN_UTF8 = String.valueOf(OPEN).getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLOSE_UTF8 = String.valueOf(CLOSE).getBytes(StandardCharsets.UTF_8);

    record Found(int start, int end, ScopedPart part) {
    }

    private final List<ScopedPart> parts = new ArrayList<>();

    @Override
    public String apply(ScopedPart part) {
        parts.add(part);
        return OPEN + Integer.toString(parts.size() - 1) + CLOSE;
    }

    /** Every mark in {@code bytes}, in order; each part marked must be there (a template dropping one is a bug). */
    List<Found> find(byte[] bytes) {
        List<Found> found = new ArrayList<>();
        int at = 0;
        while ((at = indexOf(bytes, OPEN_UTF8, at)) >= 0) {
            int close = indexOf(bytes, CLOSE_UTF8, at + OPEN_UTF8.length);
            int number = Integer.parseInt(new String(bytes, at + OPEN_UTF8.length, close - at - OPEN_UTF8.length,
                    StandardCharsets.US_ASCII));
            found.add(new Found(at, close + CLOSE_UTF8.length, parts.get(number)));
            at = close + CLOSE_UTF8.length;
        }
        return found;
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** What a rendered body is known by, to keep equal bodies once. */
    static ByteBuffer digest(byte[] bytes) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
