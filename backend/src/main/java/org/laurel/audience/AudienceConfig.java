package org.laurel.audience;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code laurel.audience.*}: the audience vote's fraud controls. A hall usually shares one venue
 * network, so the per-address numbers are high by default; raise them for a large hall behind one
 * address, lower them for an open online vote.
 */
@ConfigurationProperties("laurel.audience")
public record AudienceConfig(
        /* How long an emailed one-time code works. */
        @Bindable(defaultValue = "10m") Duration codeLifetime,
        /* Wrong tries of one code before it is used up. */
        @Bindable(defaultValue = "5") int codeMaxAttempts,
        /* Codes sent to one address per hour, and the wait between two. */
        @Bindable(defaultValue = "5") int codesPerEmailPerHour,
        @Bindable(defaultValue = "30s") Duration codeResendAfter,
        /* Codes sent from one network address per hour (a hall's phones share one). */
        @Bindable(defaultValue = "2000") int codesPerAddressPerHour,
        /* Wrong codes or tickets from one network address in ten minutes before it waits. */
        @Bindable(defaultValue = "50") int failuresPerAddress,
        /* How long a phone's audience token works: a day of roadshows. */
        @Bindable(defaultValue = "12h") Duration tokenLifetime,
        /* New people from one address within burst-window above this are flagged for the organizer. */
        @Bindable(defaultValue = "10m") Duration burstWindow,
        @Bindable(defaultValue = "100") int burstThreshold,
        /* Votes on one pitch from one network address; more are refused. */
        @Bindable(defaultValue = "6000") int votesPerAddress,
        /* Different people voting on one pitch from one device (a shared phone); more are refused. */
        @Bindable(defaultValue = "3") int peoplePerDevice) {}
