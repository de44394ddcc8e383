package io.cxmaturity.host;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugin's Spring container, built from the plugin's own files as Confluence builds it: every
 * {@code osgi:reference} of META-INF/spring/plugin-imports.xml becomes a bean (a proxy exposing only the
 * declared interface, like an OSGi service reference) backed by one of the host's services, then
 * plugin-context.xml is loaded. Macros and REST resources are created through it by constructor autowiring.
 */
final class PluginContainer implements AutoCloseable {
    static final String IMPORTS = "META-INF/spring/plugin-imports.xml";
    static final String CONTEXT = "META-INF/spring/plugin-context.xml";

    private final GenericApplicationContext context = new GenericApplicationContext();

    PluginContainer(List<Object> hostServices) {
        for (Map.Entry<String, String> reference : references().entrySet()) {
            Class<?> type = load(reference.getValue());
            Object service = hostServices.stream().filter(type::isInstance).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the host provides no " + type.getName()
                            + " for osgi:reference " + reference.getKey()));
            context.getBeanFactory().registerSingleton(reference.getKey(), proxy(type, service));
        }
        new XmlBeanDefinitionReader(context).loadBeanDefinitions(new ClassPathResource(CONTEXT));
        context.refresh();
    }

    /** id → interface of every osgi:reference in plugin-imports.xml. */
    static Map<String, String> references() {
        Map<String, String> refs = new LinkedHashMap<>();
        try (InputStream in = PluginContainer.class.getClassLoader().getResourceAsStream(IMPORTS)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList nodes = factory.newDocumentBuilder().parse(in)
                    .getElementsByTagNameNS("http://www.eclipse.org/gemini/blueprint/schema/blueprint", "reference");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                refs.put(e.getAttribute("id"), e.getAttribute("interface"));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + IMPORTS, e);
        }
        return refs;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("osgi:reference to an unknown interface " + name, e);
        }
    }

    private static Object proxy(Class<?> type, Object target) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (p, method, args) -> {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Creates a macro or REST resource as the plugin framework does: a new instance, constructor-autowired. */
    <T> T create(Class<T> type) {
        return type.cast(context.getAutowireCapableBeanFactory()
                .createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
    }

    @Override
    public void close() {
        context.close();
    }
}
