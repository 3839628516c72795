package org.laurel.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The language the current reader reads: the one home of that rule. The request's
 * {@code Accept-Language} decides (zh* reads Chinese, anything else English); without one, the
 * signed-in person's saved language; otherwise, and outside any request (scheduled jobs),
 * {@link Language#ZH_CN}, whose texts fall back to English, i.e. the primary text.
 * <p>
 * The request reaches blocking controllers' threads through Micronaut's propagated context, so
 * services may ask at any depth. The answer is kept on the request: one look-up per request.
 */
@Singleton
public class ReaderLanguage {

    private static final String ATTRIBUTE = "laurel.readerLanguage";

    /** Where a person's saved language is kept (the identity module's accounts). */
    public interface SavedLanguages {
        Optional<Language> of(long userId);
    }

    private final SavedLanguages saved;

    ReaderLanguage(@Nullable SavedLanguages saved) {
        this.saved = saved == null ? id -> Optional.empty() : saved;
    }

    public Language current() {
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        if (request.isEmpty()) {
            return Language.ZH_CN;
        }
        HttpRequest<Object> r = request.get();
        Optional<Language> known = r.getAttribute(ATTRIBUTE, Language.class);
        if (known.isPresent()) {
            return known.get();
        }
        Language language = of(r);
        r.setAttribute(ATTRIBUTE, language);
        return language;
    }

    /** The first language tag of an Accept-Language header, or "" (also for "," or ";q=1" alone). */
    static String firstTag(@Nullable String header) {
        if (header == null) {
            return "";
        }
        for (String part : header.split(",")) {
            int semicolon = part.indexOf(';');
            String tag = (semicolon < 0 ? part : part.substring(0, semicolon)).strip();
            if (!tag.isEmpty()) {
                return tag;
            }
        }
        return "";
    }

    private Language of(HttpRequest<?> r) {
        String first = firstTag(r.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
        if (!first.isEmpty() && !first.equals("*")) {
            return Language.of(first);
        }
        Optional<Authentication> who = r.getUserPrincipal(Authentication.class);
        if (who.isPresent()) {
            try {
                return saved.of(Principals.id(who.get())).orElse(Language.ZH_CN);
            } catch (NumberFormatException e) {
                return Language.ZH_CN;
            }
        }
        return Language.ZH_CN;
    }
}
