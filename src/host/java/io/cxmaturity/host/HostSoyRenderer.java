package io.cxmaturity.host;

import com.atlassian.soy.renderer.SoyException;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.multibindings.Multibinder;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.SoyModule;
import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.restricted.StringData;
import com.google.template.soy.shared.restricted.SoyFunction;
import com.google.template.soy.shared.restricted.SoyJavaFunction;
import com.google.template.soy.tofu.SoyTofu;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side Soy as Confluence renders it: templates are found through the web-resource named by the
 * module key, compiled with Closure Templates (2018-01-03, which accepts the 2014 dialect Confluence's fork
 * reads), with Confluence's {@code getText} function.
 */
public final class HostSoyRenderer implements SoyTemplateRenderer {
    private final PluginDescriptor descriptor;
    private final HostI18n i18n;
    private final Map<String, SoyTofu> compiled = new ConcurrentHashMap<>();

    HostSoyRenderer(PluginDescriptor descriptor, HostI18n i18n) {
        this.descriptor = descriptor;
        this.i18n = i18n;
    }

    @Override
    public String render(String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException {
        SoyTofu tofu = compiled.computeIfAbsent(completeModuleKey, this::compile);
        try {
            return tofu.newRenderer(templateName).setData(data).render();
        } catch (RuntimeException e) {
            throw new SoyException("cannot render " + templateName + ": " + e.getMessage(), e);
        }
    }

    private SoyTofu compile(String completeModuleKey) {
        int colon = completeModuleKey.indexOf(':');
        String plugin = completeModuleKey.substring(0, Math.max(colon, 0));
        String module = completeModuleKey.substring(colon + 1);
        if (!plugin.equals(descriptor.pluginKey) && !plugin.equals("host")) {
            throw new SoyException("unknown plugin in module key " + completeModuleKey);
        }
        SoyFileSet.Builder builder = builder(i18n);
        if (plugin.equals("host")) {
            builder.add(resource("host/" + module + ".soy"));
        } else {
            PluginDescriptor.WebResource resources = descriptor.webResources.get(module);
            if (resources == null) {
                throw new SoyException("no web-resource " + module + " in atlassian-plugin.xml");
            }
            resources.resources().stream().filter(r -> r.type().equals("soy"))
                    .forEach(r -> builder.add(resource(r.location())));
        }
        return builder.build().compileToTofu();
    }

    private static URL resource(String location) {
        URL url = HostSoyRenderer.class.getClassLoader().getResource(location);
        if (url == null) {
            throw new SoyException("template not on the class path: " + location);
        }
        return url;
    }

    /** A Soy file-set builder with Confluence's getText function, resolving in the current request's locale. */
    static SoyFileSet.Builder builder(HostI18n i18n) {
        SoyJavaFunction getText = new SoyJavaFunction() {
            @Override
            public String getName() {
                return "getText";
            }

            @Override
            public Set<Integer> getValidArgsSizes() {
                return Set.of(1, 2, 3, 4, 5, 6);
            }

            @Override
            public SoyValue computeForJava(List<SoyValue> args) {
                Object[] arguments = new Object[args.size() - 1];
                for (int i = 1; i < args.size(); i++) {
                    arguments[i - 1] = args.get(i).coerceToString();
                }
                return StringData.forValue(i18n.text(RequestContext.current().locale(), args.get(0).coerceToString(),
                        arguments));
            }
        };
        return Guice.createInjector(new SoyModule(), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), SoyFunction.class).addBinding().toInstance(getText);
            }
        }).getInstance(SoyFileSet.Builder.class);
    }
}
