package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Detects likely conflicts of interest between a judge and an entry: the judge owns the entry or
 * is on its team, works at the entry's organization or a team member's, or shares an email domain
 * with the owner or a team member (public mail providers do not count).
 */
final class ConflictRules {

    static final Set<String> PUBLIC_MAIL = Set.of(
            "gmail.com",
            "googlemail.com",
            "outlook.com",
            "hotmail.com",
            "live.com",
            "msn.com",
            "yahoo.com",
            "icloud.com",
            "me.com",
            "proton.me",
            "protonmail.com",
            "gmx.de",
            "gmx.net",
            "web.de",
            "mail.ru",
            "yandex.ru",
            "qq.com",
            "foxmail.com",
            "163.com",
            "126.com",
            "yeah.net",
            "sina.com",
            "sina.cn",
            "sohu.com",
            "aliyun.com",
            "139.com",
            "189.cn");

    record Judge(long id, String email, @Nullable String organization) {}

    /**
     * Who is behind an entry: its owner, the members who joined its team, every email (the
     * roster's and the members' accounts'), and the organizations beyond the entry's own (the
     * roster's institutions, the members' accounts').
     */
    record Entry(
            long id,
            long applicantId,
            String applicantEmail,
            @Nullable String organization,
            List<String> teamEmails,
            List<Long> memberIds,
            List<String> teamOrganizations) {

        Entry(long id, long applicantId, String applicantEmail, @Nullable String organization, List<String> emails) {
            this(id, applicantId, applicantEmail, organization, emails, List.of(), List.of());
        }
    }

    private ConflictRules() {}

    /** Why the judge is conflicted on the entry, or null. */
    static String reason(Judge judge, Entry entry) {
        String judgeEmail = judge.email().toLowerCase(Locale.ROOT);
        if (judge.id() == entry.applicantId()) {
            return "The judge submitted this entry.";
        }
        if (entry.memberIds().contains(judge.id())
                || entry.teamEmails().stream().anyMatch(judgeEmail::equalsIgnoreCase)) {
            return "The judge is a member of the team.";
        }
        if (same(judge.organization(), entry.organization())) {
            return "Same organization: " + entry.organization().strip() + ".";
        }
        for (String org : entry.teamOrganizations()) {
            if (same(judge.organization(), org)) {
                return "Same organization as a team member: " + org.strip() + ".";
            }
        }
        String domain = domain(judgeEmail);
        if (domain != null && !PUBLIC_MAIL.contains(domain)) {
            if (domain.equals(domain(entry.applicantEmail()))
                    || entry.teamEmails().stream().anyMatch(m -> domain.equals(domain(m)))) {
                return "Same email domain: " + domain + ".";
            }
        }
        return null;
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }

    private static String domain(@Nullable String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? null : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
