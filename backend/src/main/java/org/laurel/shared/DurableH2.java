package org.laurel.shared;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * Makes every commit on an H2 file database reach the file before the request is answered.
 * H2's default ({@code WRITE_DELAY=500}) keeps commits in memory for up to half a second, so a
 * {@code kill -9} lost scorecard saves and submissions that had been answered 200. With
 * {@code WRITE_DELAY=0} each commit is written to the operating system before it returns (a
 * killed process loses nothing acknowledged; the file is synced by the OS, so a power cut of the
 * whole machine can still lose its last seconds, which PostgreSQL's fsync does not).
 * Applied to any H2 file URL, including one given in {@code LAUREL_DB_URL}; an explicit
 * {@code WRITE_DELAY} in the URL is replaced, because acknowledged writes must never be lost.
 */
@Singleton
class DurableH2 implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(DurableH2.class);

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl();
        if (url != null && isH2File(url)) {
            String durable = durable(url);
            config.setUrl(durable);
            config.setJdbcUrl(durable);
            LOG.info("H2 file database: each commit is written through before it is acknowledged (WRITE_DELAY=0)");
        }
        return config;
    }

    static boolean isH2File(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:mem:") && !u.startsWith("jdbc:h2:tcp:")
                && !u.startsWith("jdbc:h2:ssl:");
    }

    /** The URL with {@code WRITE_DELAY=0} and without any other WRITE_DELAY setting. */
    static String durable(String url) {
        String[] parts = url.split(";");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank() && !parts[i].strip().toUpperCase(Locale.ROOT).startsWith("WRITE_DELAY=")) {
                out.append(';').append(parts[i]);
            }
        }
        return out.append(";WRITE_DELAY=0").toString();
    }
}
