package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Locale;

/** An account. Never serialised: controllers answer with {@link UserView}. */
@MappedEntity("app_user")
class User {

    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private String email;
    private String displayName;

    @Nullable
    private String organization;

    @Nullable
    private String locale;

    private String passwordHash;
    private Instant createdAt;
    private boolean active = true;
    /** Access tokens issued before this instant are refused (set by signing out everywhere). */
    @Nullable
    private Instant tokensValidAfter;

    User() {}

    static User create(
            String email,
            String displayName,
            @Nullable String organization,
            @Nullable String locale,
            String passwordHash,
            Instant now) {
        User user = new User();
        user.email = normalizeEmail(email);
        user.displayName = displayName.strip();
        user.organization = organization == null || organization.isBlank() ? null : organization.strip();
        user.locale = locale;
        user.passwordHash = passwordHash;
        user.createdAt = now;
        return user;
    }

    /** Emails compare case-insensitively: we store one canonical spelling. */
    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getTokensValidAfter() {
        return tokensValidAfter;
    }

    public void setTokensValidAfter(Instant tokensValidAfter) {
        this.tokensValidAfter = tokensValidAfter;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
