package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Create or save an entry. A draft may be incomplete; submitting checks it against the form. */
@Serdeable
public record SaveEntryRequest(
        @NotBlank @Size(max = 200) String title,
        @Nullable Long categoryId,
        @Nullable @Size(max = 5000) String summary,
        @Nullable @Size(max = 200) String organization,
        @Nullable @Size(max = 20) List<@Valid @NotNull TeamMember> team,
        @Nullable Map<String, Object> answers) {

    @Serdeable
    public record TeamMember(
            @NotBlank @Size(max = 100) String name,
            @Nullable @Email @Size(max = 254) String email,
            @Nullable @Size(max = 100) String role) {}
}
