package org.laurel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The file link's token format, read without a database (reading never looks a person up). */
class FileLinksTest {

    private static final String SECRET = "a-test-installation-secret";
    private final FileLinks links = new FileLinks(
            new TokenSigning.InstallationSecret(SECRET),
            null,
            Clock.fixed(Instant.parse("2026-06-25T01:00:00Z"), ZoneOffset.UTC));

    @Test
    void aLinkCarriesTheGenerationItWasMadeUnder() {
        Instant expires = Instant.parse("2026-07-01T00:00:00Z");
        String token = links.issue(7, 11, 13, 3, expires);

        assertThat(links.read(token)).contains(new FileLinks.Grant(7, 11, 13, 3, expires));
        assertThat(links.read(token.replace("13.3.", "13.4.")))
                .as("the generation is signed")
                .isEmpty();
    }

    @Test
    void aFivePartLinkOfEarlierReleasesReadsAsGenerationZero() throws Exception {
        Instant expires = Instant.parse("2026-07-01T00:00:00Z");
        String payload = "7.11.13." + expires.getEpochSecond();
        byte[] key = hmac(SECRET.getBytes(StandardCharsets.UTF_8), "laurel file links v1");
        String legacy = payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, payload));

        assertThat(links.read(legacy)).contains(new FileLinks.Grant(7, 11, 13, 0, expires));
        assertThat(links.read("7.11.13.0." + expires.getEpochSecond() + ".AAAA"))
                .isEmpty();
        assertThat(links.read("7.11.13")).isEmpty();
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
