package io.cxmaturity.host;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a page written in Confluence storage format: each {@code ac:structured-macro} is replaced by what
 * the plugin's macro returns for it, and {@code ac:link}s to pages become links. The rest of the page is
 * XHTML already and is kept as written (the demo pages are the host's own content).
 */
final class StorageFormat {
    private static final Pattern MACRO = Pattern.compile(
            "<ac:structured-macro\\s+ac:name=\"([a-z0-9-]+)\"[^>]*?(?:/>|>(.*?)</ac:structured-macro>)", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile(
            "<ac:parameter\\s+ac:name=\"([A-Za-z0-9_-]+)\">(.*?)</ac:parameter>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile(
            "<ac:link>\\s*<ri:page\\s+ri:content-title=\"([^\"]+)\"\\s*/>\\s*"
                    + "(?:<ac:plain-text-link-body><!\\[CDATA\\[(.*?)]]></ac:plain-text-link-body>\\s*)?</ac:link>",
            Pattern.DOTALL);

    private StorageFormat() {
    }

    static String render(String storage, Function<String, Macro> macros, ConversionContext context,
                         Function<String, String> pageUrl) {
        Matcher m = MACRO.matcher(storage);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Macro macro = macros.apply(m.group(1));
            String html;
            if (macro == null) {
                html = "<div class=\"aui-message aui-message-error\"><p>Unknown macro: " + m.group(1) + "</p></div>";
            } else {
                try {
                    html = macro.execute(parameters(m.group(2)), "", context);
                } catch (MacroExecutionException e) {
                    html = "<div class=\"aui-message aui-message-error\"><p>Error rendering macro "
                            + m.group(1) + "</p></div>";
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(html));
        }
        m.appendTail(out);
        Matcher links = LINK.matcher(out.toString());
        StringBuilder linked = new StringBuilder();
        while (links.find()) {
            String title = unescape(links.group(1));
            String text = links.group(2) == null ? title : links.group(2);
            links.appendReplacement(linked, Matcher.quoteReplacement("<a href=\"" + pageUrl.apply(title) + "\">"
                    + escape(text) + "</a>"));
        }
        links.appendTail(linked);
        return linked.toString();
    }

    static Map<String, String> parameters(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (body != null) {
            Matcher p = PARAMETER.matcher(body);
            while (p.find()) {
                parameters.put(p.group(1), unescape(p.group(2).trim()));
            }
        }
        return parameters;
    }

    static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
