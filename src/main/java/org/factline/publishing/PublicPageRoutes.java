package org.factline.publishing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The routes of the {@link PublicPage} handlers, read from the handler mappings once, when every bean
 * exists and before the server takes requests. A request is then matched without a handler lookup: a
 * route without variables by its path (one hash lookup), the others by the literal text they start
 * with, and only then by their compiled pattern, most specific first as the handler mappings order them.
 */
@Component
class PublicPageRoutes implements SmartInitializingSingleton {

    /** A public page's route, and whether its pages are kept in the database ({@link PublicPage#stored}). */
    record Route(PathPattern pattern, boolean stored) {

        /** The pattern's text before its first variable or wildcard: what every path it matches starts with. */
        String literalStart() {
            var text = pattern.getPatternString();
            int end = text.length();
            for (var syntax : SYNTAX) {
                int at = text.indexOf(syntax);
                end = at >= 0 ? Math.min(end, at) : end;
            }
            return text.substring(0, end);
        }

        /** The pattern's text after its last variable or wildcard: what every path it matches ends with. */
        String literalEnd() {
            var text = pattern.getPatternString();
            int start = 0;
            for (var syntax : SYNTAX) {
                start = Math.max(start, text.lastIndexOf(syntax == '{' ? '}' : syntax) + 1);
            }
            return text.substring(start);
        }
    }

    private static final char[] SYNTAX = {'{', '*', '?'};

    /**
     * Paths remembered with the pattern route they matched: a pattern with a variable's regular expression
     * costs more to match (0.5-0.8 µs on two busy cores) than a map lookup, and readers ask for the same
     * pages again and again. Bounded, as the paths readers may send are not.
     */
    static final int REMEMBERED = 20_000;

    /**
     * The routes without variables by path; the others with the literal text their paths start and end
     * with, which spares most other requests a pattern match; and the paths that matched them.
     */
    private record Known(
            Map<String, Route> exact, String[] starts, String[] ends, Route[] patterns, Map<String, Route> matched) {}

    private final ApplicationContext context;
    private volatile Known known =
            new Known(Map.of(), new String[0], new String[0], new Route[0], new ConcurrentHashMap<>());

    PublicPageRoutes(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var found = new ArrayList<Route>();
        for (var mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                var page = handler.getMethodAnnotation(PublicPage.class);
                if (page != null) {
                    requireGet(info, handler);
                    patterns(info).forEach(pattern -> found.add(new Route(pattern, page.stored())));
                }
            });
        }
        found.sort(Comparator.comparing(Route::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        var exact = new HashMap<String, Route>();
        var patterns = new ArrayList<Route>();
        for (var route : found) {
            if (route.pattern().hasPatternSyntax()) {
                patterns.add(route);
            } else {
                exact.putIfAbsent(route.pattern().getPatternString(), route);
            }
        }
        known = new Known(
                Map.copyOf(exact),
                patterns.stream().map(Route::literalStart).toArray(String[]::new),
                patterns.stream().map(Route::literalEnd).toArray(String[]::new),
                patterns.toArray(Route[]::new),
                new ConcurrentHashMap<>());
    }

    /** The public page route this request's path takes, or null for any other path. */
    Route find(HttpServletRequest request) {
        var routes = known;
        var contextPath = request.getContextPath();
        var uri = request.getRequestURI();
        var path = contextPath.isEmpty() ? uri : uri.substring(contextPath.length());
        var route = routes.exact().get(path);
        if (route == null) {
            route = routes.matched().get(path);
        }
        if (route != null) {
            return route;
        }
        PathContainer parsed = null;
        for (int i = 0; i < routes.patterns().length; i++) {
            if (path.startsWith(routes.starts()[i]) && path.endsWith(routes.ends()[i])) {
                if (parsed == null) {
                    parsed = PathContainer.parsePath(path);
                }
                if (routes.patterns()[i].pattern().matches(parsed)) {
                    route = routes.patterns()[i];
                    if (routes.matched().size() < REMEMBERED) {
                        routes.matched().put(path, route);
                    }
                    return route;
                }
            }
        }
        return null;
    }

    private static void requireGet(RequestMappingInfo info, HandlerMethod handler) {
        var methods = info.getMethodsCondition().getMethods();
        if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
            throw new IllegalStateException("@PublicPage on a handler that does not answer GET: " + handler);
        }
    }

    private static Iterable<PathPattern> patterns(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() != null) {
            return info.getPathPatternsCondition().getPatterns();
        }
        return info.getPatternValues().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }
}
