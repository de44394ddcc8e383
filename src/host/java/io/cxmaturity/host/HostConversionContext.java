package io.cxmaturity.host;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

/** The conversion context of a page being rendered: its space and the output type (display, pdf, word …). */
final class HostConversionContext implements ConversionContext {
    private final String spaceKey;
    private final String outputType;

    HostConversionContext(String spaceKey, String outputType) {
        this.spaceKey = spaceKey;
        this.outputType = outputType;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }

    @Override
    public String getOutputType() {
        return outputType;
    }

    @Override
    public String getOutputDeviceType() {
        return "desktop";
    }

    @Override
    public Object getProperty(String name) {
        return null;
    }
}
