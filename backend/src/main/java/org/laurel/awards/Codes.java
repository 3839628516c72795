package org.laurel.awards;

import java.security.SecureRandom;

/**
 * Certificate verification codes: 12 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), about 59 bits of randomness, printed as XXXX-XXXX-XXXX.
 */
final class Codes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {}

    static String next() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    /** What a person typed, tidied: upper case, spaces dropped. */
    static String normalize(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
    }
}
