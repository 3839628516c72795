package org.laurel.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.model.Pageable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.identity.CreateUserRequest;
import org.laurel.identity.IdentityService;
import org.laurel.identity.Role;
import org.laurel.identity.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code LAUREL_DEMO=true}): one login per role and a demo season, so a visitor can try every side of
 * Laurel. Seeding is idempotent: accounts that exist are left alone, so restarts change nothing.
 * The logins are listed in the README.
 */
@Singleton
@Requires(property = "laurel.demo", value = "true")
class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    static final String PASSWORD = "laurel-demo";
    // Judges have an email domain of their own: sharing one with the demo applicants would make
    // conflict detection (same email domain) rule every demo judge out of every demo entry.

    record DemoAccount(String email, String name, String organization, String locale, Set<Role> roles) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@demo.laurel.dev", "Ada Admin", "Laurel", "en", Set.of(Role.ADMIN)),
            new DemoAccount(
                    "organizer@demo.laurel.dev", "周组织", "Expo Organizing Committee", "zh-CN", Set.of(Role.ORGANIZER)),
            new DemoAccount("judge@jury.laurel.dev", "Jia Judge", "Tsinghua University", "zh-CN", Set.of(Role.JUDGE)),
            new DemoAccount("judge2@jury.laurel.dev", "Jonas Judge", "Fraunhofer", "en", Set.of(Role.JUDGE)),
            new DemoAccount("judge3@jury.laurel.dev", "李评委", "Zhongguancun Capital", "zh-CN", Set.of(Role.JUDGE)),
            // The expo's two halls run at the same times, so each needs a panel of its own (DemoExpoDays).
            new DemoAccount(
                    "judge4@jury.laurel.dev", "王评委", "Shanghai Jiao Tong University", "zh-CN", Set.of(Role.JUDGE)),
            new DemoAccount(
                    "judge5@jury.laurel.dev", "Sofia Judge", "Imperial College London", "en", Set.of(Role.JUDGE)),
            new DemoAccount("judge6@jury.laurel.dev", "赵评委", "Pearl River Ventures", "zh-CN", Set.of(Role.JUDGE)),
            new DemoAccount("applicant@demo.laurel.dev", "Amy Applicant", "Photon Labs", "en", Set.of(Role.APPLICANT)),
            new DemoAccount("chen@demo.laurel.dev", "陈晨", "Tsinghua Green Chem", "zh-CN", Set.of(Role.APPLICANT)),
            new DemoAccount("rao@demo.laurel.dev", "Priya Rao", "AgriDrone", "en", Set.of(Role.APPLICANT)),
            // Investors the organizer invited to the expo's startup roadshow (DemoExpoDays).
            new DemoAccount(
                    "investor@demo.laurel.dev", "Iris Investor", "Harbour Ventures", "en", Set.of(Role.INVESTOR)),
            new DemoAccount("investor2@demo.laurel.dev", "钱投资", "Pearl River Capital", "zh-CN", Set.of(Role.INVESTOR)));

    private final IdentityService identity;
    private final UserDirectory directory;
    private final DemoSeason season;
    private final DemoPastSeason past;
    private final DemoExpoFloor expo;
    private final DemoExpertise expertise;
    private final DemoExpoDays days;

    DemoSeeder(
            IdentityService identity,
            UserDirectory directory,
            DemoSeason season,
            DemoPastSeason past,
            DemoExpoFloor expo,
            DemoExpertise expertise,
            DemoExpoDays days) {
        this.past = past;
        this.days = days;
        this.expo = expo;
        this.expertise = expertise;
        this.identity = identity;
        this.directory = directory;
        this.season = season;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int created = 0;
        for (DemoAccount account : ACCOUNTS) {
            if (!identity.emailRegistered(account.email())) {
                identity.createUser(new CreateUserRequest(
                        account.email(),
                        PASSWORD,
                        account.name(),
                        account.organization(),
                        account.locale(),
                        account.roles()));
                created++;
            }
        }
        LOG.info("Demo mode: {} demo accounts created, password '{}'", created, PASSWORD);
        Map<String, Long> ids = new HashMap<>();
        Set<String> demo = new java.util.HashSet<>(
                ACCOUNTS.stream().map(DemoAccount::email).toList());
        directory.list("laurel.dev", Pageable.from(0, 200)).items().stream()
                .filter(u -> demo.contains(u.email()))
                .forEach(u -> ids.put(u.email(), u.id()));
        if (season.exists()) {
            LOG.info("Demo mode: the demo season is already there (or its addresses are in use); not seeding it");
        } else {
            season.seed(ids.get("organizer@demo.laurel.dev"), ids);
            LOG.info(
                    "Demo mode: seeded the demo season (an open award, a competition in screening and its roadshow final ready to run)");
        }
        if (!past.exists()) {
            past.seed(ids.get("organizer@demo.laurel.dev"), ids);
            LOG.info("Demo mode: seeded last year's developer contest, judged and with its winners published");
        }
        if (!expo.exists()) {
            expo.seed(ids.get("organizer@demo.laurel.dev"), ids);
            LOG.info("Demo mode: seeded this year's expo demo day, judged on the floor by comparing tables");
        }
        if (!expertise.exists()) {
            expertise.seed(ids.get("organizer@demo.laurel.dev"), ids);
            LOG.info("Demo mode: seeded this year's AI innovation challenge, its topics, judges' profiles and bids");
        }
        if (!days.exists()) {
            days.seed(ids.get("organizer@demo.laurel.dev"), ids);
            LOG.info("Demo mode: seeded the expo's roadshow days, a pitch on now in Hall A and in Hall B");
        }
    }
}
