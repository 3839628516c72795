package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The self-service account requests: password links, password change, profile. */
public final class AccountRequests {

    private AccountRequests() {}

    @Serdeable
    public record PasswordResetRequest(
            @NotBlank @Email @Size(max = 254) String email) {}

    @Serdeable
    public record PasswordResetConfirm(
            @NotBlank @Size(max = 200) String token,

            @NotBlank @Size(min = 10, max = 200, message = "must be at least 10 characters")
            String newPassword) {}

    /** {@code refreshToken}: the caller's own, so that their session survives the change. */
    @Serdeable
    public record PasswordChange(
            @NotBlank @Size(max = 200) String currentPassword,

            @NotBlank @Size(min = 10, max = 200, message = "must be at least 10 characters")
            String newPassword,

            @Nullable @Size(max = 200) String refreshToken) {}

    /** Absent fields stay as they are; an empty organization clears it. */
    @Serdeable
    public record ProfileUpdate(
            @Nullable @Size(min = 1, max = 100) String displayName,
            @Nullable @Size(max = 200) String organization,

            @Nullable @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en")
            String language) {}
}
