package io.cxmaturity.host;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Who is asking, as Confluence decides it: HTTP Basic credentials (for scripts), else the user chosen with the
 * page header's user switcher (kept in the session); nobody means anonymous. Also the reader's language: a
 * {@code ?lang=} parameter (kept in the session), else the user's own. Sets {@link RequestContext}.
 */
final class AuthFilter implements Filter {
    static final String SESSION_USER = "cx.host.user";
    static final String SESSION_LANG = "cx.host.lang";

    private final HostUsers users;

    AuthFilter(HostUsers users) {
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        RequestContext.clear();
        RequestContext context = RequestContext.current();
        try {
            String header = request.getHeader("Authorization");
            HostUser user = null;
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                String decoded;
                try {
                    decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    decoded = "";
                }
                int colon = decoded.indexOf(':');
                user = colon < 0 ? null : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1))
                        .orElse(null);
                if (user == null) {
                    response.setStatus(401);
                    response.setHeader("WWW-Authenticate", "Basic realm=\"CX Maturity host\"");
                    response.setContentType("application/json;charset=UTF-8");
                    response.getWriter().write("{\"error\":\"login-failed\",\"message\":\"Wrong user name or password.\","
                            + "\"field\":null}");
                    return;
                }
            } else {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    user = users.byName((String) session.getAttribute(SESSION_USER));
                }
            }
            context.user(user);
            context.locale(locale(request, user));
            chain.doFilter(req, res);
        } finally {
            RequestContext.clear();
        }
    }

    private static Locale locale(HttpServletRequest request, HostUser user) {
        String lang = request.getParameter("lang");
        if (lang != null && lang.matches("en|ru|uk")) {
            request.getSession(true).setAttribute(SESSION_LANG, lang);
            return Locale.forLanguageTag(lang);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LANG) != null) {
            return Locale.forLanguageTag((String) session.getAttribute(SESSION_LANG));
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null && accept.matches("(?i)(ru|uk)([-_,;].*)?")) {
            return Locale.forLanguageTag(accept.substring(0, 2).toLowerCase(Locale.ROOT));
        }
        return user == null ? Locale.ENGLISH : user.locale();
    }
}
