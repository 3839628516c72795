package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * When a judge and an entry share an organization, an organization's email domain or a country,
 * for {@link Anomalies}' affinity check. Looser than {@link ConflictRules} on purpose: an exact
 * match is already a recorded conflict whose cards are never counted, so what the check can still
 * see is the near match (a spelling, a subdomain) and the country.
 */
final class Affinities {

    /** Two-letter domains used worldwide, which say nothing about where someone is. */
    private static final Set<String> GENERIC_CC =
            Set.of("io", "ai", "co", "me", "tv", "ly", "to", "fm", "gg", "so", "sh", "cc", "ws", "app");
    /** Second-level labels under which the organization is the third label (cs.tsinghua.edu.cn -> tsinghua.edu.cn). */
    private static final Set<String> SECOND_LEVEL = Set.of("edu", "ac", "com", "co", "org", "gov", "net");

    private Affinities() {}

    /** The same organization, spelled loosely: case, spaces and punctuation aside, or one name inside the other. */
    static boolean sameOrganization(Anomalies.Judge judge, Anomalies.EntryPeople entry) {
        String a = letters(judge.organization());
        String b = letters(entry.organization());
        if (a.length() < 3 || b.length() < 3) {
            return false;
        }
        return a.equals(b) || a.contains(b) || b.contains(a);
    }

    static boolean shares(
            Anomalies.Judge judge, Anomalies.EntryPeople entry, java.util.function.Function<String, String> key) {
        String mine = key.apply(judge.email());
        return mine != null && entry.emails().stream().anyMatch(e -> mine.equals(key.apply(e)));
    }

    /** The organization's domain of an address (cs.tsinghua.edu.cn -> tsinghua.edu.cn); null for public mail. */
    static String organizationDomain(@Nullable String email) {
        String domain = domain(email);
        if (domain == null || ConflictRules.PUBLIC_MAIL.contains(domain)) {
            return null;
        }
        String[] labels = domain.split("\\.");
        int n = labels.length;
        if (n < 2) {
            return null;
        }
        int keep = n >= 3 && labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]) ? 3 : 2;
        return String.join(".", Arrays.copyOfRange(labels, n - keep, n));
    }

    /** The country of an address's domain (.cn, .de); null when the domain is generic (.com, .io). */
    static String region(@Nullable String email) {
        String domain = domain(email);
        if (domain == null) {
            return null;
        }
        String tld = domain.substring(domain.lastIndexOf('.') + 1);
        return tld.length() == 2 && !GENERIC_CC.contains(tld) ? tld : null;
    }

    private static String domain(@Nullable String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? null : email.substring(at + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static String letters(@Nullable String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        s.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
