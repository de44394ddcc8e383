package io.cxmaturity.host;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Static files: the plugin's web-resources at {@code /download/resources/...} (through
 * {@link HostWebResources}), AUI and jQuery from the npm packages, and the host's own CSS.
 */
final class StaticServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** What a path prefix serves. */
    enum Kind { PLUGIN, DIRECTORY, CLASSPATH }

    private final Kind kind;
    private final transient HostWebResources webResources;
    private final transient Path directory;
    private final String classpathRoot;

    private StaticServlet(Kind kind, HostWebResources webResources, Path directory, String classpathRoot) {
        this.kind = kind;
        this.webResources = webResources;
        this.directory = directory;
        this.classpathRoot = classpathRoot;
    }

    static StaticServlet plugin(HostWebResources webResources) {
        return new StaticServlet(Kind.PLUGIN, webResources, null, null);
    }

    static StaticServlet directory(Path directory) {
        return new StaticServlet(Kind.DIRECTORY, null, directory.toAbsolutePath().normalize(), null);
    }

    static StaticServlet classpath(String root) {
        return new StaticServlet(Kind.CLASSPATH, null, null, root);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (path.isEmpty() || path.contains("..")) {
            response.sendError(404);
            return;
        }
        byte[] bytes = null;
        String type = HostWebResources.contentType(path);
        switch (kind) {
            case PLUGIN: {
                HostWebResources.Served served = webResources.serve(path);
                if (served != null) {
                    bytes = served.bytes();
                    type = served.contentType();
                }
                break;
            }
            case DIRECTORY: {
                Path file = directory.resolve(path).normalize();
                if (file.startsWith(directory) && Files.isRegularFile(file)) {
                    bytes = Files.readAllBytes(file);
                }
                break;
            }
            default: {
                try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(classpathRoot + "/" + path)) {
                    if (in != null) {
                        bytes = in.readAllBytes();
                    }
                }
            }
        }
        if (bytes == null) {
            response.sendError(404);
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", kind == Kind.PLUGIN ? "no-cache" : "max-age=3600");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
