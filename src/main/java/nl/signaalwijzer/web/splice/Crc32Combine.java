package nl.signaalwijzer.web.splice;

/**
 * The CRC-32 of two byte strings put together, from their two CRCs and the length of the second, without
 * reading any byte again: what lets a gzip body be spliced from parts compressed ahead of time. The
 * algorithm is zlib's ({@code crc32_combine_op}, {@code multmodp}, {@code x2nmodp}), written here from the
 * math below.
 *
 * <p>Polynomials over GF(2) are held as 32-bit ints in the CRC's reflected bit order: the top bit
 * ({@code 0x80000000}) is x^0, the lowest bit x^31. CRC-32 (as in gzip and {@link java.util.zip.CRC32})
 * of a message M of n bytes is {@code crc(M) = (M·x^32 + I·x^(8n)) mod P + X}, where I is the all-ones
 * start value and X the all-ones final inversion, so I = X. For A followed by B ({@code AB = A·x^(8|B|) + B}):
 * <pre>
 * crc(AB)           = A·x^(32+8|B|) + B·x^32 + I·x^(8|A|+8|B|) + X
 * crc(A)·x^(8|B|)   = A·x^(32+8|B|) + I·x^(8|A|+8|B|) + X·x^(8|B|)
 * crc(B)            = B·x^32 + I·x^(8|B|) + X
 * </pre>
 * (all mod P). Adding the last two, the terms {@code X·x^(8|B|)} and {@code I·x^(8|B|)} cancel (I = X, and
 * addition in GF(2) is xor), which leaves exactly crc(AB): {@code crc(AB) = crc(A)·x^(8|B|) mod P xor crc(B)}.
 * The factor {@code x^(8|B|) mod P} (the "operator") depends only on B's length, so each part computes it
 * once when it is prepared, and a request pays one 32-step multiplication per part.
 */
final class Crc32Combine {
    /** The CRC-32 polynomial P without its x^32 term, reflected (the constant of every table-driven CRC-32). */
    private static final int POLY = 0xedb88320;
    /** The polynomial 1 (x^0) in reflected order. */
    static final int ONE = 0x80000000;
    /**
     * {@code X2N[k] = x^(2^k) mod P}: squaring x k times. 32 entries are all there are: for this P,
     * x^(2^32) = x mod P (zlib relies on it too; the test checks it), so squaring 32 more times comes back
     * to the same entry and k can be taken mod 32.
     */
    private static final int[] X2N = new int[32];

    static {
        int p = ONE >>> 1; // x^1
        X2N[0] = p;
        for (int k = 1; k < X2N.length; k++) {
            p = multiply(p, p);
            X2N[k] = p;
        }
    }

    private Crc32Combine() {
    }

    /**
     * {@code a·b mod P}, shift and add: for each term x^i of a (from x^0 up), add b·x^i, where b·x^i is kept
     * reduced by multiplying by x one step at a time (a right shift in reflected order; the bit that leaves
     * is an x^32, replaced by P's lower terms). a is shifted left so its current term is always the top bit,
     * and the loop ends with a's last term. Without branches inside (masks from the sign bit and the low bit
     * instead): the bits are random, so branches would be mispredicted half the time; this way a multiplication
     * took 125-155 ns instead of 430-925 ns (2 loaded cores), and it is paid once per part per response.
     */
    static int multiply(int a, int b) {
        int product = 0;
        for (int rest = a; rest != 0; rest <<= 1) {
            product ^= b & (rest >> 31); // all ones when this term is in a, else zero
            b = (b >>> 1) ^ (POLY & -(b & 1)); // b·x: shift, and add P's lower terms when x^32 came out
        }
        return product;
    }

    /**
     * {@code x^(n·2^k) mod P} by square and multiply over the bits of n: bit j of n contributes the factor
     * x^(2^(j+k)), taken from the table.
     */
    static int xPowerTimesTwoToThe(long n, int k) {
        int p = ONE;
        for (long rest = n; rest != 0; rest >>>= 1, k++) {
            if ((rest & 1) != 0) {
                p = multiply(X2N[k & 31], p);
            }
        }
        return p;
    }

    /** The operator for appending {@code length} bytes: {@code x^(8·length) mod P} (8 = 2^3). */
    static int operator(long length) {
        return xPowerTimesTwoToThe(length, 3);
    }

    /** CRC-32 of A followed by B, from crc(A), crc(B) and {@link #operator}(|B|). */
    static int combine(int crcA, int crcB, int operatorB) {
        return multiply(operatorB, crcA) ^ crcB;
    }
}
