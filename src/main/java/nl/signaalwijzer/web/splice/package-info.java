/**
 * Gzip splicing (issue 21, "memory and speed that do not grow with the number of locations"): a response
 * body joined at request time from pieces compressed once ahead of time, so a page is prepared once for
 * all locations and each location's own pieces (its contacts, its quick-exit address) are put in per
 * request, still without compressing anything then.
 * {@link nl.signaalwijzer.web.splice.DeflatedPart} is one piece (raw deflate ended with a sync flush, with
 * its CRC-32 and length), {@link nl.signaalwijzer.web.splice.GzipSplice} joins pieces into one gzip member
 * (combining their CRCs with {@code Crc32Combine}) or into the plain bytes, and
 * {@link nl.signaalwijzer.web.splice.SplicedPage} is a page as text and named slots. Sizes and timings,
 * and which compression level: {@code /work/notes/splice.md} and {@code SpliceMeasure} in src/test.
 *
 * <p>Rule: uses nothing but the JDK, and knows nothing of pages, flows or organisations: what a slot
 * holds is the caller's business.
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.web.splice;

import org.jspecify.annotations.NullMarked;
