package io.cxmaturity.host;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The host's own endpoints: {@code /status} (as Confluence reports readiness), and the demo-user switcher,
 * login and logout under {@code /host/}.
 */
final class HostServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Host host;

    HostServlet(Host host) {
        this.host = host;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        switch (path) {
            case "/status":
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"state\":\"RUNNING\"}");
                return;
            case "/host/switch": {
                String name = request.getParameter("user");
                if (name == null || name.isEmpty()) {
                    request.getSession(true).removeAttribute(AuthFilter.SESSION_USER);
                } else if (host.users().byName(name) != null) {
                    request.getSession(true).setAttribute(AuthFilter.SESSION_USER, name);
                }
                response.sendRedirect(local(request.getParameter("to")));
                return;
            }
            case "/host/logout":
                request.getSession(true).removeAttribute(AuthFilter.SESSION_USER);
                response.sendRedirect("/display/CX");
                return;
            case "/rest/prototype/1/search/user.json":
                userSearch(request, response);
                return;
            case "/login.action":
            case "/host/login":
                host.message(response, 200, "Log in", "Demo users: admin, member, member2 … member6, viewer, other, "
                        + "exec (the password is the name).", true, local(request.getParameter("os_destination")));
                return;
            default:
                response.sendRedirect("/display/CX");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!"/host/login".equals(path)) {
            response.sendError(405);
            return;
        }
        String name = request.getParameter("os_username");
        String password = request.getParameter("os_password");
        if (name != null && password != null && host.users().authenticate(name, password).isPresent()) {
            request.getSession(true).setAttribute(AuthFilter.SESSION_USER, name);
            response.sendRedirect(local(request.getParameter("os_destination")));
        } else {
            host.message(response, 401, "Log in", "Wrong user name or password.", true,
                    local(request.getParameter("os_destination")));
        }
    }

    /**
     * Confluence's user search that its user pickers call: {@code ?query=&max-results=} answers
     * {@code {"result":[{type, username, userKey, title, thumbnailLink:{href}}], "totalSize"}}; logged-in users only.
     */
    private void userSearch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RequestContext.current().user() == null) {
            response.setStatus(401);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"message\":\"Log in to search users.\"}");
            return;
        }
        String query = request.getParameter("query") == null ? "" : request.getParameter("query").trim()
                .toLowerCase(java.util.Locale.ROOT);
        int max = 10;
        try {
            max = Math.max(1, Math.min(50, Integer.parseInt(request.getParameter("max-results"))));
        } catch (NumberFormatException e) {
            // Confluence falls back to its default too
        }
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode json = mapper.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode result = json.putArray("result");
        for (HostUser u : host.users().all()) {
            if (result.size() >= max || query.isEmpty()) {
                break;
            }
            if (u.getName().toLowerCase(java.util.Locale.ROOT).contains(query)
                    || u.getFullName().toLowerCase(java.util.Locale.ROOT).contains(query)) {
                com.fasterxml.jackson.databind.node.ObjectNode item = result.addObject();
                item.put("type", "user");
                item.put("username", u.getName());
                item.put("userKey", u.getKey().getStringValue());
                item.put("title", u.getFullName());
                item.putObject("thumbnailLink").put("href", "/images/icons/profilepics/default.svg");
            }
        }
        json.put("totalSize", result.size());
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(mapper.writeValueAsString(json));
    }

    /** Only local paths, so the switcher cannot be used to send people elsewhere. */
    private static String local(String to) {
        return to != null && to.startsWith("/") && !to.startsWith("//") ? to : "/display/CX";
    }
}
