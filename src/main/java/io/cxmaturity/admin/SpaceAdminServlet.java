package io.cxmaturity.admin;

import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.Texts;
import io.cxmaturity.service.Access;
import io.cxmaturity.service.ServiceException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The space admin screen, {@code /plugins/servlet/cx-maturity/space-admin?key=SPACE}: departments and rounds,
 * question sets, block owners, the roadmap, settings, exports and the audit trail, as AUI tabs. The page is a
 * frame rendered with Soy and decorated by Confluence ({@code atl.general}); {@code admin.js} fills the tabs
 * over the REST API, which checks every call again. Only the space's administrators get the frame.
 */
public class SpaceAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PLUGIN_KEY = "io.cxmaturity.cx-maturity";
    static final String TEMPLATES = PLUGIN_KEY + ":soy-templates";
    static final String RESOURCES = PLUGIN_KEY + ":admin-resources";
    static final Set<String> TABS = Set.of("departments", "sets", "owners", "roadmap", "settings", "data", "audit");

    private final transient Access access;
    private final transient SoyTemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient Texts texts;

    public SpaceAdminServlet(Access access, SoyTemplateRenderer renderer, PageBuilderService pageBuilder, Texts texts) {
        this.access = access;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.texts = texts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String spaceKey = request.getParameter("key");
        String tab = request.getParameter("tab");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        UserRef admin;
        try {
            admin = access.requireAdmin(spaceKey);
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.UNAUTHENTICATED) {
                String back = request.getRequestURI() + (request.getQueryString() == null ? ""
                        : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + "/login.action?os_destination="
                        + URLEncoder.encode(back.substring(request.getContextPath().length()), StandardCharsets.UTF_8));
                return;
            }
            Map<String, Object> data = new HashMap<>();
            data.put("title", texts.get("cx-maturity.admin.title"));
            data.put("message", e.kind() == ServiceException.Kind.FORBIDDEN
                    ? texts.get("cx-maturity.admin.forbidden")
                    : texts.get("cx-maturity.error." + e.code(), e.arguments().toArray()));
            write(response, e.kind() == ServiceException.Kind.FORBIDDEN ? 403 : 404,
                    renderer.render(TEMPLATES, "CxMaturity.Templates.Admin.refused", data));
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> data = new HashMap<>();
        data.put("spaceKey", spaceKey);
        data.put("contextPath", request.getContextPath());
        data.put("adminName", admin.displayName());
        data.put("tab", tab != null && TABS.contains(tab) ? tab : "departments");
        write(response, 200, renderer.render(TEMPLATES, "CxMaturity.Templates.Admin.page", data));
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
