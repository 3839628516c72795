package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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

    /**
     * The same organization, spelled loosely: case and punctuation aside, one name's words a run of
     * the other's ("MIT" and "MIT Media Lab", not "Smith College"); a name written without spaces
     * (Chinese) may be the start of the other ("清华大学" and "清华大学计算机系").
     */
    static boolean sameOrganization(Anomalies.Judge judge, Anomalies.EntryPeople entry) {
        List<String> a = words(judge.organization());
        List<String> b = words(entry.organization());
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.size() == 1 && b.size() == 1) {
            String x = a.get(0);
            String y = b.get(0);
            int shorter = Math.min(x.codePointCount(0, x.length()), y.codePointCount(0, y.length()));
            return x.equals(y) || (shorter >= 2 && hasIdeographs(x + y) && (x.startsWith(y) || y.startsWith(x)));
        }
        return Collections.indexOfSubList(a, b) >= 0 || Collections.indexOfSubList(b, a) >= 0;
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

    private static List<String> words(@Nullable String s) {
        if (s == null) {
            return List.of();
        }
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static boolean hasIdeographs(String s) {
        return s.codePoints().anyMatch(Character::isIdeographic);
    }
}
