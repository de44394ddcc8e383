package io.cxmaturity.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.cxmaturity.port.Texts;
import io.cxmaturity.service.AssessmentService;
import io.cxmaturity.service.FormState;
import io.cxmaturity.service.ServiceException;
import io.cxmaturity.view.FormView;

import java.util.Map;

/**
 * {@code cx-assessment}: the assessment form, rendered complete on the server (so page history and exports
 * show the questions); the assessment web-resource then makes it interactive and submits over REST.
 */
public class AssessmentMacro implements Macro {
    static final String PLUGIN_KEY = "io.cxmaturity.cx-maturity";
    static final String TEMPLATES = PLUGIN_KEY + ":soy-templates";
    static final String RESOURCES = PLUGIN_KEY + ":assessment-resources";

    private final AssessmentService assessments;
    private final SoyTemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final Texts texts;

    public AssessmentMacro(AssessmentService assessments, SoyTemplateRenderer renderer, PageBuilderService pageBuilder,
                           Texts texts) {
        this.assessments = assessments;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.texts = texts;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        MacroParameters p = new MacroParameters(parameters);
        boolean exported = OutputTypes.isStatic(context);
        FormState form;
        try {
            form = assessments.form(context.getSpaceKey(), p.text("set"), p.text("department"), p.id("round"));
        } catch (ServiceException e) {
            return renderer.render(TEMPLATES, "CxMaturity.Templates.Common.problem", MacroProblem.data(e, texts));
        }
        if (!exported) {
            pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        }
        return renderer.render(TEMPLATES, "CxMaturity.Templates.Assessment.form", FormView.data(form, exported, texts));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
