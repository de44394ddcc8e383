package io.cxmaturity.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web-resources as Confluence serves them: macros require them during rendering, the page then links the
 * CSS and JS at {@code /download/resources/<plugin>:<module>/<name>}, and JS with the jsI18n transformation
 * has its {@code AJS.I18n.getText('key')} calls replaced by the reader's texts. AUI is always on the page.
 */
public final class HostWebResources implements PageBuilderService, WebResourceAssembler, RequiredResources {
    static final String PREFIX = "/download/resources/";
    private static final Pattern GET_TEXT =
            Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([A-Za-z0-9_.\\-]+)\\1\\s*(\\)|,)");

    private final PluginDescriptor descriptor;
    private final HostI18n i18n;

    HostWebResources(PluginDescriptor descriptor, HostI18n i18n) {
        this.descriptor = descriptor;
        this.i18n = i18n;
    }

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        RequestContext.current().requiredResources().add(moduleCompleteKey);
        return this;
    }

    /** The URLs of the CSS and JS files the current request required, dependencies first. */
    List<String> urls(String extension) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : RequestContext.current().requiredResources()) {
            resolve(key, ordered);
        }
        List<String> urls = new ArrayList<>();
        for (String key : ordered) {
            PluginDescriptor.WebResource module = descriptor.webResources.get(key.substring(key.indexOf(':') + 1));
            for (PluginDescriptor.Resource r : module.resources()) {
                if (r.type().equals("download") && r.name().endsWith(extension)) {
                    urls.add(PREFIX + key + "/" + r.name());
                }
            }
        }
        return urls;
    }

    private void resolve(String key, Set<String> ordered) {
        if (!key.startsWith(descriptor.pluginKey + ":") || ordered.contains(key)) {
            return; // AUI and other product resources are always on the host page
        }
        PluginDescriptor.WebResource module = descriptor.webResources.get(key.substring(key.indexOf(':') + 1));
        if (module == null) {
            throw new IllegalStateException("no web-resource " + key + " in atlassian-plugin.xml");
        }
        module.dependencies().forEach(d -> resolve(d, ordered));
        ordered.add(key);
    }

    /** The content of a plugin resource for a /download/resources path, or null when there is none. */
    Served serve(String path) throws IOException {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String key = path.substring(0, slash);
        String name = path.substring(slash + 1);
        String location = null;
        boolean transform = false;
        if (key.equals(descriptor.pluginKey)) {
            // plugin-level download resources (<resource type="download" name="images/" location="images/"/>)
            if (name.startsWith("images/")) {
                location = name;
            }
        } else if (key.startsWith(descriptor.pluginKey + ":")) {
            PluginDescriptor.WebResource module = descriptor.webResources.get(key.substring(key.indexOf(':') + 1));
            if (module != null) {
                for (PluginDescriptor.Resource r : module.resources()) {
                    if (r.type().equals("download") && r.name().equals(name)) {
                        location = r.location();
                        transform = module.jsI18n() && name.endsWith(".js");
                    }
                }
            }
        }
        if (location == null || location.contains("..")) {
            return null;
        }
        try (InputStream in = HostWebResources.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            if (transform) {
                bytes = translate(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            return new Served(bytes, contentType(name));
        }
    }

    /** What Confluence's jsI18n transformer does: getText calls become the reader's text (or AJS.format). */
    String translate(String js) {
        Matcher m = GET_TEXT.matcher(js);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String raw = i18n.raw(RequestContext.current().locale(), m.group(2));
            String literal = quote(raw == null ? m.group(2) : raw);
            String replacement = m.group(3).equals(")") ? literal : "AJS.format(" + literal + ",";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        if (name.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (name.endsWith(".html")) {
            return "text/html;charset=UTF-8";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".woff")) {
            return "font/woff";
        }
        if (name.endsWith(".woff2")) {
            return "font/woff2";
        }
        if (name.endsWith(".ttf")) {
            return "font/ttf";
        }
        return "application/octet-stream";
    }

    /** Bytes to send and their type. */
    record Served(byte[] bytes, String contentType) {
    }
}
