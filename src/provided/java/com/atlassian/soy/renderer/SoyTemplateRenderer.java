/*
 * Compile-only stand-in for com.atlassian.soy:soy-template-renderer-api (6.0.7).
 * Declares only the members CX Maturity uses, with the real signatures; never packaged (Confluence
 * provides the real type at run time). Evidence for every member: docs/atlassian-api.md.
 */
package com.atlassian.soy.renderer;

import java.util.Map;

public interface SoyTemplateRenderer {
    /**
     * @param completeModuleKey "pluginKey:webResourceKey" of the web-resource that lists the .soy files
     * @param templateName      fully qualified template name, e.g. "CxMaturity.Templates.Assessment.form"
     */
    String render(String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException;
}
