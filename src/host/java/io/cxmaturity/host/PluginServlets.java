package io.cxmaturity.host;

import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /plugins/servlet/*}: the plugin's servlet modules, created through the plugin container as Confluence
 * creates them, and decorated as Confluence's SiteMesh does: an HTML answer that asks for a decorator
 * ({@code <meta name="decorator" ...>}) is put into the host's page chrome (header, user switcher), with the
 * web-resources the servlet required.
 */
final class PluginServlets extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private final transient Host host;
    private final transient Map<String, HttpServlet> byPattern = new LinkedHashMap<>();

    PluginServlets(Host host) {
        this.host = host;
        for (PluginDescriptor.ServletModule module : host.descriptor().servlets) {
            HttpServlet servlet;
            try {
                servlet = (HttpServlet) host.container().create(Class.forName(module.className()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("servlet class not found: " + module.className(), e);
            }
            module.urlPatterns().forEach(p -> byPattern.put(p, servlet));
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        HttpServlet servlet = byPattern.get(path);
        if (servlet == null) {
            host.message(response, 404, "Page not found", "There is no plugin servlet at " + path + ".", false, "");
            return;
        }
        Capture capture = new Capture(response);
        servlet.service(request, capture);
        capture.flushBuffer();
        if (capture.redirected) {
            return;
        }
        String html = capture.text();
        String contentType = capture.getContentType() == null ? "" : capture.getContentType();
        Matcher decorator = DECORATOR.matcher(html);
        if (!contentType.startsWith("text/html") || !decorator.find()) {
            byte[] bytes = capture.bytes.toByteArray();
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            return;
        }
        Matcher title = TITLE.matcher(html);
        Matcher body = BODY.matcher(html);
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        host.html(response, capture.status, host.chrome(title.find() ? title.group(1).trim() : "",
                body.find() ? body.group(1) : html, here, request.getParameter("key")));
    }

    /** Holds the servlet's answer so the host can decorate it. */
    private static final class Capture extends HttpServletResponseWrapper {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = 200;
        boolean redirected;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            redirected = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            redirected = true;
            super.sendRedirect(location);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }
            };
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
