package org.laurel.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id, salted per password, with OWASP's minimum cost by default. Unlike bcrypt it does
 * not silently truncate long passphrases (bcrypt stops at 72 bytes: 24 Chinese characters).
 */
@Singleton
class PasswordHasher {

    private final Argon2Function function;
    /** Checked against when the account does not exist, so timing does not reveal which emails are registered. */
    private final String decoyHash;

    PasswordHasher(IdentityConfig config) {
        this.function =
                Argon2Function.getInstance(config.argon2MemoryKib(), config.argon2Iterations(), 1, 32, Argon2.ID);
        this.decoyHash = hash("decoy-password-for-timing");
    }

    /**
     * Stored for an invited account until its invitation link sets a password: not an Argon2 hash,
     * so no password matches it.
     */
    static final String NO_PASSWORD = "!no-password";

    String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(function).getResult();
    }

    boolean matches(String password, String hash) {
        if (hash == null || hash.equals(NO_PASSWORD)) {
            Password.check(password, decoyHash).with(Argon2Function.getInstanceFromHash(decoyHash));
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}
