package io.cxmaturity.host;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.google.template.soy.data.SanitizedContent;
import com.google.template.soy.data.UnsafeSanitizedContentOrdainer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /display/<SPACE>[/<Page+Title>]}: a page of a demo space, its macros rendered by the plugin's own
 * macro classes (created through the plugin container, as Confluence does for each render). {@code ?output=pdf}
 * (or word, email) renders the page as Confluence's exporters would ask for it.
 */
final class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Set<String> OUTPUT_TYPES = Set.of("display", "preview", "pdf", "word", "email", "html_export");

    private final transient Host host;

    PageServlet(Host host) {
        this.host = host;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String[] parts = path.split("/", 2);
        String spaceKey = parts[0];
        String title = parts.length > 1 && !parts[1].isEmpty()
                ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        Space space = host.spaces().getSpace(spaceKey);
        HostUser user = RequestContext.current().user();
        if (space == null) {
            host.message(response, 404, "Page not found", "There is no space " + spaceKey + ".", false, "");
            return;
        }
        if (!host.spaces().hasPermission(user, Permission.VIEW, space)) {
            if (user == null) {
                host.message(response, 401, "Log in", "Log in to see this space.", true, here(request));
            } else {
                host.message(response, 403, "Not permitted", "You do not have permission to view this space.", false,
                        "");
            }
            return;
        }
        DemoContent.Page page = host.demo().find(spaceKey, title).orElse(null);
        if (page == null) {
            host.message(response, 404, "Page not found", "There is no page " + title + " in this space.", false, "");
            return;
        }
        String output = request.getParameter("output");
        if (output == null || !OUTPUT_TYPES.contains(output)) {
            output = "display";
        }
        HostConversionContext context = new HostConversionContext(spaceKey, output);
        String content = StorageFormat.render(DemoContent.storage(page), this::macro, context,
                t -> "/display/" + spaceKey + "/" + URLEncoder.encode(t, StandardCharsets.UTF_8));

        host.html(response, 200, chrome(host, page.title(), content, page.url(), spaceKey, page));
    }

    /** The host's page chrome around some content: header, user switcher, the space's pages and space tools. */
    static String chrome(Host host, String title, String content, String here, String spaceKey,
                         DemoContent.Page current) {
        HostUser user = RequestContext.current().user();
        Space space = spaceKey == null ? null : host.spaces().getSpace(spaceKey);
        Map<String, Object> data = new HashMap<>();
        data.put("title", title);
        data.put("spaceKey", space == null ? "" : space.getKey());
        data.put("spaceName", space == null ? "" : space.getName());
        data.put("content", UnsafeSanitizedContentOrdainer.ordainAsSafe(content, SanitizedContent.ContentKind.HTML));
        List<Map<String, Object>> pages = new ArrayList<>();
        if (space != null) {
            for (DemoContent.Page p : host.demo().pages(spaceKey)) {
                pages.add(Map.of("title", p.title(), "url", p.url(), "current", p.equals(current)));
            }
        }
        data.put("pages", pages);
        data.put("spaceTools", space == null ? List.of() : host.spaceTools(space, user));
        List<Map<String, Object>> users = new ArrayList<>();
        for (HostUser u : host.users().all()) {
            users.add(Map.of("name", u.getName(), "fullName", u.getFullName(), "current", u.equals(user)));
        }
        data.put("users", users);
        data.put("userName", user == null ? "" : user.getFullName());
        Locale locale = RequestContext.current().locale();
        data.put("lang", locale.getLanguage());
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String[] l : new String[][]{{"en", "English"}, {"ru", "Русский"}, {"uk", "Українська"}}) {
            languages.add(Map.of("code", l[0], "label", l[1], "current", l[0].equals(locale.getLanguage())));
        }
        data.put("languages", languages);
        data.put("cssUrls", host.webResources().urls(".css"));
        // Soy only puts trusted URLs into <script src>; these are the host's own resource URLs.
        data.put("jsUrls", host.webResources().urls(".js").stream()
                .map(u -> UnsafeSanitizedContentOrdainer.ordainAsSafe(u, SanitizedContent.ContentKind.TRUSTED_RESOURCE_URI))
                .collect(java.util.stream.Collectors.toList()));
        data.put("here", here);
        data.put("pageTitle", current != null);
        return host.soy().render("host:page", "CxHost.Page.page", data);
    }

    private Macro macro(String name) {
        String className = host.descriptor().macros.get(name);
        if (className == null) {
            return null;
        }
        try {
            return (Macro) host.container().create(Class.forName(className));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("macro class not found: " + className, e);
        }
    }

    private static String here(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
