package io.cxmaturity.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Set;

/**
 * The conversion-context output types whose engines keep no script and no inline SVG (the PDF engine, Word,
 * e-mail): macros render static content for them.
 */
final class OutputTypes {
    private static final Set<String> STATIC = Set.of("pdf", "word", "email", "html_export", "feed");

    private OutputTypes() {
    }

    static boolean isStatic(ConversionContext context) {
        return context != null && context.getOutputType() != null
                && STATIC.contains(context.getOutputType().toLowerCase(java.util.Locale.ROOT));
    }
}
