package nl.signaalwijzer.web.splice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A page prepared once for every location: the text that is the same everywhere, compressed ahead, with
 * named slots between it that each request fills with the location's own pieces (a contact's block, the
 * quick-exit address), themselves {@link DeflatedPart}s prepared once per location. So the prepared pages
 * do not grow with the number of locations, and a request still compresses nothing.
 *
 * <p>Held as text, slot, text, ..., text: {@code texts} has one more entry than {@code slots} (two slots
 * side by side have an empty text between them, which costs nothing).
 */
public final class SplicedPage {
    /**
     * How a page rendered for preparing marks a slot: an HTML comment, which escaped text can never hold
     * (Mustache writes {@code &lt;} for {@code <}), so only a template can put one there, never a flow's or an
     * organisation's words.
     */
    private static final String OPEN = "<!--slot:";
    private static final String CLOSE = "-->";

    private final DeflatedPart[] texts;
    private final String[] slots;

    private SplicedPage(DeflatedPart[] texts, String[] slots) {
        this.texts = texts;
        this.slots = slots;
    }

    /** @param level the {@link java.util.zip.Deflater} level of the page's text (see splice.md) */
    public static Builder builder(int level) {
        return new Builder(level);
    }

    /** The marker {@link #fromMarked} turns into the slot {@code name}. */
    public static String marker(String name) {
        return OPEN + name + CLOSE;
    }

    /** A page rendered with a {@link #marker} where each slot goes: the markers become slots, the rest text. */
    public static SplicedPage fromMarked(String marked, int level) {
        Builder builder = builder(level);
        int from = 0;
        for (int at = marked.indexOf(OPEN); at >= 0; at = marked.indexOf(OPEN, from)) {
            int end = marked.indexOf(CLOSE, at + OPEN.length());
            if (end < 0) {
                throw new IllegalArgumentException("a slot marker without its end, at " + at);
            }
            builder.text(marked.substring(from, at)).slot(marked.substring(at + OPEN.length(), end));
            from = end + CLOSE.length();
        }
        return builder.text(marked.substring(from)).build();
    }

    /** The slot names in page order (a name may come more than once). */
    public List<String> slots() {
        return List.of(slots);
    }

    /**
     * The page as one gzip member, each slot filled with {@code values.apply(name)}.
     *
     * @throws NullPointerException naming the slot, when {@code values} has nothing for it: a page without
     *                              its contacts must never be served
     */
    public byte[] gzip(Function<String, DeflatedPart> values) {
        return GzipSplice.gzip(parts(values));
    }

    /** The page's plain bytes, filled as by {@link #gzip} (inflated for this request, see {@link GzipSplice#plain}). */
    public byte[] plain(Function<String, DeflatedPart> values) {
        return GzipSplice.plain(parts(values));
    }

    /** Heap the prepared page takes, roughly (slot names are shared strings and not counted). */
    public long heapBytes() {
        long bytes = 16 + 2 * 16 + 8L * (texts.length + slots.length);
        for (DeflatedPart text : texts) {
            bytes += text == DeflatedPart.EMPTY ? 0 : text.heapBytes();
        }
        return bytes;
    }

    private List<DeflatedPart> parts(Function<String, DeflatedPart> values) {
        List<DeflatedPart> parts = new ArrayList<>(texts.length + slots.length);
        parts.add(texts[0]);
        for (int i = 0; i < slots.length; i++) {
            String slot = slots[i];
            parts.add(Objects.requireNonNull(values.apply(slot), () -> "no value for slot " + slot));
            parts.add(texts[i + 1]);
        }
        return parts;
    }

    /** Text and slots in page order; each stretch of text between two slots is compressed as one part. */
    public static final class Builder {
        private final int level;
        private final List<DeflatedPart> texts = new ArrayList<>();
        private final List<String> slots = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        private Builder(int level) {
            this.level = level;
        }

        public Builder text(CharSequence more) {
            text.append(more);
            return this;
        }

        public Builder slot(String name) {
            endText();
            slots.add(name);
            return this;
        }

        public SplicedPage build() {
            endText();
            return new SplicedPage(texts.toArray(DeflatedPart[]::new), slots.toArray(String[]::new));
        }

        private void endText() {
            texts.add(DeflatedPart.of(text.toString().getBytes(StandardCharsets.UTF_8), level));
            text.setLength(0);
        }
    }
}
