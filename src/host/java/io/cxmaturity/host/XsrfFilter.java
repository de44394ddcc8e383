package io.cxmaturity.host;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Confluence's XSRF protection for REST: a state-changing request that a plain HTML form could send (form,
 * multipart or text body, or none) must carry {@code X-Atlassian-Token: no-check}; a browser request from
 * another origin is refused. Confluence enforces this on POST and only logs PUT and DELETE; the host
 * enforces it on every state-changing method, which is stricter.
 */
final class XsrfFilter implements Filter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!SAFE.contains(request.getMethod()) && !allowed(request)) {
            response.setStatus(403);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"xsrf\",\"message\":\"XSRF check failed: send JSON, or the header "
                    + "X-Atlassian-Token: no-check.\",\"field\":null}");
            return;
        }
        chain.doFilter(req, res);
    }

    private static boolean allowed(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null") && !sameOrigin(origin, request)) {
            return false;
        }
        String token = request.getHeader("X-Atlassian-Token");
        if ("no-check".equals(token) || "nocheck".equals(token)) {
            return true;
        }
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String mediaType = type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return !FORM_TYPES.contains(mediaType);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
