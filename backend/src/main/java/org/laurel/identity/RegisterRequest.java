package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Serdeable
public record RegisterRequest(
        @NotBlank @Email @Size(max = 254) String email,

        @NotBlank @Size(min = 10, max = 200, message = "must be at least 10 characters")
        String password,

        @NotBlank @Size(max = 100) String displayName,
        @Nullable @Size(max = 200) String organization,

        @Nullable @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en")
        String locale) {
    /** Pasted addresses often carry stray spaces; they are not part of the address. */
    public RegisterRequest {
        email = email == null ? null : email.strip();
    }
}
