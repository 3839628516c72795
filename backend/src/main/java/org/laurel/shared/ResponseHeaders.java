package org.laurel.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every response gets, in one place: the browser policy (CSP, framing, permissions,
 * HSTS) and caching.
 *
 * <p>Content-Security-Policy: scripts only from this origin (no inline script, no eval: the
 * build has no {@code new Function}; vue-i18n compiles messages without it), and styles only
 * from this origin's style sheets ({@code style-src 'self'}, no exception): neither a
 * {@code <style>} element nor a {@code style="…"} attribute in parsed markup is applied. That is
 * as strict as CSP goes, and Element Plus allows it because it, like Vue, sets styles through
 * the CSSOM ({@code el.style.x = …}), which CSP does not govern. ECharts would build HTML
 * tooltips with style attributes, so the charts draw theirs on the canvas instead
 * ({@code renderMode: 'richText'}). e2e/csp.spec.ts visits every route and finds no violation.
 *
 * <p>Attachment previews ({@code /api/entries/<id>/attachments/<id>/preview}) get a policy of their
 * own: {@code sandbox}, nothing loaded, and framable by this site only ({@code frame-ancestors 'self'},
 * {@code X-Frame-Options: SAMEORIGIN}); the app frames them ({@code frame-src 'self' blob:}).
 *
 * <p>Framing: {@code frame-ancestors 'none'} plus {@code X-Frame-Options: DENY}, except the
 * public big screen ({@code /live/<id>/screen}), which the sites in {@code LAUREL_FRAME_ANCESTORS}
 * (e.g. a streaming overlay) may embed. Swagger UI, a third-party page with one inline bootstrap
 * script, gets that script's hash and inline styles, and nothing else.
 *
 * <p>Caching: Vite names built assets by content hash, so they are cached for a year; API
 * answers carry personal data, so they are {@code no-store} unless the handler chose otherwise;
 * pages are revalidated so a new release shows up at the next load.
 */
@ServerFilter("/**")
class ResponseHeaders implements Ordered {

    private static final Pattern SCREEN = Pattern.compile("/live/\\d+/screen/?");
    private static final Pattern PREVIEW = Pattern.compile("/api/entries/\\d+/attachments/\\d+/preview/?");
    /**
     * An attachment shown in the page: a unique-origin sandbox without scripts, loading nothing
     * (the browser's own PDF and image viewers need no more), framable by this site only.
     */
    static final String PREVIEW_POLICY = String.join(
            "; ",
            "sandbox",
            "default-src 'none'",
            "img-src 'self' data:",
            "style-src 'unsafe-inline'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'self'");

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    // A CSP host-source or scheme-source (e.g. https://obs.example.com, https://*.example.com:8443, https:).
    private static final Pattern SOURCE = Pattern.compile(
            "'self'|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*://)?(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:(\\d{1,5}|\\*))?(/[A-Za-z0-9._~/-]*)?");
    private static final String PERMISSIONS = String.join(
            ", ",
            "accelerometer=()",
            "camera=()",
            "display-capture=()",
            "geolocation=()",
            "gyroscope=()",
            "hid=()",
            "magnetometer=()",
            "microphone=()",
            "midi=()",
            "payment=()",
            "serial=()",
            "usb=()",
            "xr-spatial-tracking=()");

    private final ClientOrigin origin;
    private final String appPolicy;
    private final String screenPolicy;
    private final boolean screenFramable;
    private final String swaggerPolicy;

    ResponseHeaders(
            ClientOrigin origin,
            ResourceResolver resources,
            @Value("${laurel.http.frame-ancestors:}") String frameAncestors) {
        this.origin = origin;
        List<String> ancestors = frameAncestors(frameAncestors);
        this.appPolicy = policy("script-src 'self'", "style-src 'self'", "'none'");
        this.screenFramable = !ancestors.isEmpty();
        this.screenPolicy = screenFramable
                ? policy("script-src 'self'", "style-src 'self'", String.join(" ", ancestors))
                : appPolicy;
        String swaggerScripts = resources
                .getResourceAsStream("classpath:META-INF/swagger/views/swagger-ui/index.html")
                .map(ResponseHeaders::inlineScriptHashes)
                .orElse("");
        this.swaggerPolicy = policy("script-src 'self'" + swaggerScripts, "style-src 'self' 'unsafe-inline'", "'none'");
    }

    @Override
    public int getOrder() {
        // Outermost, so that its response side also sees what security and error handlers answer.
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void apply(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        String path = request.getPath();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", PERMISSIONS);
        boolean preview = PREVIEW.matcher(path).matches();
        if (preview) {
            headers.set("Content-Security-Policy", PREVIEW_POLICY);
        } else if (path.startsWith("/swagger-ui/")) {
            headers.set("Content-Security-Policy", swaggerPolicy);
        } else if (SCREEN.matcher(path).matches()) {
            headers.set("Content-Security-Policy", screenPolicy);
        } else {
            headers.set("Content-Security-Policy", appPolicy);
        }
        if (preview) {
            headers.set("X-Frame-Options", "SAMEORIGIN");
        } else if (!(screenFramable && SCREEN.matcher(path).matches())) {
            headers.set("X-Frame-Options", "DENY");
        }
        if (origin.secure(request)) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (path.startsWith("/assets/") && response.code() == 200) {
            headers.set("Cache-Control", "public, max-age=31536000, immutable");
        } else if (headers.contains("Cache-Control")) {
            return; // the handler chose
        } else if (path.startsWith("/api/") || path.equals("/api")) {
            headers.set("Cache-Control", "no-store");
        } else {
            headers.set("Cache-Control", "no-cache");
        }
    }

    private static String policy(String scripts, String styles, String frameAncestors) {
        return String.join(
                "; ",
                "default-src 'self'",
                scripts,
                styles,
                "img-src 'self' data: blob:",
                // Attachment previews: fetched with the bearer token, framed as blob: documents.
                "frame-src 'self' blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors " + frameAncestors);
    }

    /** LAUREL_FRAME_ANCESTORS: sources separated by spaces or commas; anything else stops the start. */
    static List<String> frameAncestors(String text) {
        List<String> sources = new ArrayList<>();
        for (String part : text.split("[\\s,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!SOURCE.matcher(part).matches()) {
                throw new IllegalArgumentException("LAUREL_FRAME_ANCESTORS: not a CSP source: " + part);
            }
            sources.add(part);
        }
        return List.copyOf(sources);
    }

    /** " 'sha256-…'" for each inline script of a page, so it may run and nothing else inline may. */
    private static String inlineScriptHashes(InputStream in) {
        try (in) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder hashes = new StringBuilder();
            Matcher m = INLINE_SCRIPT.matcher(html);
            while (m.find()) {
                byte[] digest =
                        MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
                hashes.append(" 'sha256-")
                        .append(Base64.getEncoder().encodeToString(digest))
                        .append('\'');
            }
            return hashes.toString();
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }
}
