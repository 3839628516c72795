package org.laurel.shared;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Vue app routes in the browser, so a deep link such as {@code /programs/12} must return
 * the app's index page. Anything under {@code /api}, and anything that is not a page request,
 * stays a problem+json 404 so API clients never receive HTML. So do the paths that the server
 * serves only on another port (the management endpoints: {@code /prometheus}, {@code /health/readiness}):
 * asked for on this one, they are plainly not here.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SpaFallback {

    private final String indexHtml;
    private final BeanProvider<Router> router;
    private volatile List<UriRouteInfo<?, ?>> otherPortRoutes;

    SpaFallback(ResourceResolver resources, BeanProvider<Router> router) {
        this.indexHtml = resources
                .getResourceAsStream("classpath:static/index.html")
                .map(SpaFallback::read)
                .orElse(null);
        this.router = router;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean pageRequest = request.getMethod() == HttpMethod.GET
                && !path.startsWith("/api/")
                && !path.equals("/api")
                && !path.startsWith("/assets/")
                && indexHtml != null
                && !servedOnAnotherPort(path);
        if (pageRequest) {
            return HttpResponse.ok(indexHtml)
                    .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                    .header("Cache-Control", "no-cache");
        }
        return Problems.response(
                HttpStatus.NOT_FOUND, "not-found", "Not found", "No resource at " + path, null, request);
    }

    private boolean servedOnAnotherPort(String path) {
        List<UriRouteInfo<?, ?>> routes = otherPortRoutes;
        if (routes == null) {
            routes = router.get()
                    .uriRoutes()
                    .filter(route -> route.getPort() != null)
                    .toList();
            otherPortRoutes = routes;
        }
        return routes.stream().anyMatch(route -> route.tryMatch(path) != null);
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
