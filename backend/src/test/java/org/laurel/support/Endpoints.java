package org.laurel.support;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.Map;
import java.util.TreeMap;

/**
 * The endpoints the server routes, as the tests that must cover every one of them (the
 * authorization matrix, the fuzzer) enumerate them: one list, so a new endpoint is seen by both.
 */
public final class Endpoints {

    private Endpoints() {}

    /**
     * Every route of the main port by "METHOD /template" (query templates dropped), sorted. Micronaut adds a HEAD
     * route for every GET, answered by the GET's method: the GET covers it, so such HEADs are left out. Routes bound
     * to a port of their own (the management endpoints) are not reachable on the main port at all; ManagementApiTest
     * covers them.
     */
    public static Map<String, UriRouteInfo<?, ?>> of(Router router) {
        Map<String, UriRouteInfo<?, ?>> all = new TreeMap<>();
        router.uriRoutes().filter(info -> info.getPort() == null).forEach(info -> all.putIfAbsent(key(info), info));
        all.keySet()
                .removeIf(key -> key.startsWith("HEAD ") && all.containsKey("GET " + key.substring("HEAD ".length())));
        return all;
    }

    public static String key(UriRouteInfo<?, ?> info) {
        return info.getHttpMethodName() + " " + template(info);
    }

    /** The path template without its query part ({@code {?page,size}}). */
    public static String template(UriRouteInfo<?, ?> info) {
        return info.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
    }
}
