package io.cxmaturity.host;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The plugin's REST module as Confluence's REST plugin serves it: resources and providers found in the
 * packages the descriptor names, created through the plugin's container, behind the REST v2 security
 * annotations (a method without one needs a logged-in user).
 */
final class RestModule {
    private RestModule() {
    }

    static ResourceConfig build(PluginDescriptor descriptor, PluginContainer container) {
        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        for (String pkg : descriptor.restPackages) {
            for (Class<?> type : classesIn(pkg)) {
                if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                    config.registerInstances(container.create(type));
                }
            }
        }
        config.register(new SecurityFilter());
        return config;
    }

    /** Enforces the REST v2 access annotations the way Confluence does before a resource method runs. */
    @Provider
    static final class SecurityFilter implements ContainerRequestFilter {
        @Context
        private ResourceInfo resource;

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            if (resource == null || resource.getResourceMethod() == null) {
                return;
            }
            if (allowsAnonymous(resource.getResourceMethod()) || allowsAnonymous(resource.getResourceClass())) {
                return;
            }
            if (RequestContext.current().user() == null) {
                request.abortWith(Response.status(401).type(MediaType.APPLICATION_JSON)
                        .entity("{\"error\":\"login-required\",\"message\":\"Client must be authenticated to access "
                                + "this resource.\",\"field\":null}").build());
            }
        }

        private static boolean allowsAnonymous(java.lang.reflect.AnnotatedElement element) {
            return element.isAnnotationPresent(AnonymousSiteAccess.class);
        }
    }

    /** Classes of a package on the class path, from a directory or a jar. */
    static List<Class<?>> classesIn(String pkg) {
        List<Class<?>> classes = new ArrayList<>();
        String path = pkg.replace('.', '/');
        try {
            Enumeration<URL> roots = RestModule.class.getClassLoader().getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                List<String> names = new ArrayList<>();
                if (root.getProtocol().equals("file")) {
                    File[] files = new File(root.toURI()).listFiles();
                    if (files != null) {
                        for (File f : files) {
                            names.add(f.getName());
                        }
                    }
                } else if (root.getProtocol().equals("jar")) {
                    try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            String name = entries.nextElement().getName();
                            if (name.startsWith(path + "/") && name.indexOf('/', path.length() + 1) < 0) {
                                names.add(name.substring(path.length() + 1));
                            }
                        }
                    }
                }
                for (String name : names) {
                    if (name.endsWith(".class") && !name.contains("$")) {
                        classes.add(Class.forName(pkg + "." + name.substring(0, name.length() - 6)));
                    }
                }
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot scan package " + pkg, e);
        }
        return classes;
    }
}
