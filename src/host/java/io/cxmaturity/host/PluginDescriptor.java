package io.cxmaturity.host;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the host learns from the plugin's own atlassian-plugin.xml (the filtered copy on the class path), as
 * Confluence would: the plugin key, the Active Objects namespace and entities, the REST module, the
 * web-resources and the macros. The host wires nothing the descriptor does not declare.
 */
final class PluginDescriptor {
    final String pluginKey;
    final String aoNamespace;
    final List<String> entities = new ArrayList<>();
    final String restPath;
    final String restVersion;
    final List<String> restPackages = new ArrayList<>();
    final Map<String, WebResource> webResources = new LinkedHashMap<>();
    final Map<String, String> macros = new LinkedHashMap<>();
    final List<String> i18nBundles = new ArrayList<>();
    final List<ServletModule> servlets = new ArrayList<>();
    final List<WebItem> webItems = new ArrayList<>();

    /** A servlet module: served at /plugins/servlet + each url-pattern. */
    record ServletModule(String key, String className, List<String> urlPatterns) {
    }

    /** A web-item: its section, label key, link and the condition classes (with invert and params). */
    record WebItem(String key, String section, String labelKey, String link, List<Condition> conditions) {
    }

    record Condition(String className, boolean invert, Map<String, String> params) {
    }

    /** A web-resource module: its resources (type, name, location), dependencies and JS transformation. */
    record WebResource(String key, List<Resource> resources, List<String> dependencies, boolean jsI18n) {
    }

    record Resource(String type, String name, String location) {
    }

    private PluginDescriptor(Document doc) {
        Element root = doc.getDocumentElement();
        pluginKey = root.getAttribute("key");
        Element ao = first(root, "ao");
        aoNamespace = ao == null ? pluginKey : ao.getAttribute("namespace");
        if (ao != null) {
            for (Element entity : children(ao, "entity")) {
                entities.add(entity.getTextContent().trim());
            }
        }
        Element rest = first(root, "rest");
        restPath = rest == null ? null : rest.getAttribute("path");
        restVersion = rest == null ? null : rest.getAttribute("version");
        if (rest != null) {
            for (Element p : children(rest, "package")) {
                restPackages.add(p.getTextContent().trim());
            }
        }
        for (Element wr : children(root, "web-resource")) {
            List<Resource> resources = new ArrayList<>();
            for (Element r : children(wr, "resource")) {
                resources.add(new Resource(r.getAttribute("type"), r.getAttribute("name"), r.getAttribute("location")));
            }
            List<String> deps = new ArrayList<>();
            for (Element d : children(wr, "dependency")) {
                deps.add(d.getTextContent().trim());
            }
            boolean jsI18n = false;
            for (Element t : children(wr, "transformation")) {
                for (Element tr : children(t, "transformer")) {
                    jsI18n |= "jsI18n".equals(tr.getAttribute("key"));
                }
            }
            String key = wr.getAttribute("key");
            webResources.put(key, new WebResource(key, resources, deps, jsI18n));
        }
        for (Element macro : children(root, "xhtml-macro")) {
            macros.put(macro.getAttribute("name"), macro.getAttribute("class"));
        }
        for (Element servlet : children(root, "servlet")) {
            List<String> patterns = new ArrayList<>();
            for (Element p : children(servlet, "url-pattern")) {
                patterns.add(p.getTextContent().trim());
            }
            servlets.add(new ServletModule(servlet.getAttribute("key"), servlet.getAttribute("class"), patterns));
        }
        for (Element item : children(root, "web-item")) {
            List<Condition> conditions = new ArrayList<>();
            for (Element c : children(item, "condition")) {
                Map<String, String> params = new LinkedHashMap<>();
                for (Element p : children(c, "param")) {
                    params.put(p.getAttribute("name"), p.getTextContent().trim());
                }
                conditions.add(new Condition(c.getAttribute("class"), "true".equals(c.getAttribute("invert")), params));
            }
            Element label = first(item, "label");
            Element link = first(item, "link");
            webItems.add(new WebItem(item.getAttribute("key"), item.getAttribute("section"),
                    label == null ? null : label.getAttribute("key"), link == null ? null : link.getTextContent().trim(),
                    conditions));
        }
        for (Element r : children(root, "resource")) {
            if ("i18n".equals(r.getAttribute("type"))) {
                i18nBundles.add(r.getAttribute("location").replace('.', '/'));
            }
        }
    }

    static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path (run mvn test-compile)");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml", e);
        }
    }

    /** "AO_" + the last six hex digits of the MD5 of the namespace, as Active Objects names tables in Confluence. */
    String tablePrefix() {
        try {
            byte[] md5 = java.security.MessageDigest.getInstance("MD5")
                    .digest(aoNamespace.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : md5) {
                hex.append(String.format("%02x", b));
            }
            return ("AO_" + hex.substring(hex.length() - 6) + "_").toUpperCase(java.util.Locale.ROOT);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element first(Element parent, String name) {
        List<Element> list = children(parent, name);
        return list.isEmpty() ? null : list.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                list.add((Element) node);
            }
        }
        return list;
    }
}
