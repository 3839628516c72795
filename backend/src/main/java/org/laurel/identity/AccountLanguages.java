package org.laurel.identity;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.laurel.shared.Language;
import org.laurel.shared.ReaderLanguage;

/** The language a person saved in their profile, for readers whose requests name none. */
@Singleton
class AccountLanguages implements ReaderLanguage.SavedLanguages {

    private final UserRepository users;

    AccountLanguages(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<Language> of(long userId) {
        return users.findById(userId)
                .map(User::getLocale)
                .filter(locale -> !locale.isBlank())
                .map(Language::of);
    }
}
