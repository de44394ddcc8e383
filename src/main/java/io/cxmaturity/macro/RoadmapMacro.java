package io.cxmaturity.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.port.Texts;
import io.cxmaturity.service.RoadmapService;
import io.cxmaturity.service.ServiceException;

import java.util.Locale;
import java.util.Map;

/**
 * {@code cx-roadmap}: the transformation roadmap on any page, rendered on the server. Views: board (blocks by
 * horizon, with block owners), list (one table) and progress (per block, what was done and how the block's
 * median moved between the department's last two rounds, under the space's results visibility). Everyone who
 * can view the space sees it; the output has no script, so PDF, Word and e-mail show the same.
 */
public class RoadmapMacro implements Macro {
    static final String RESOURCES = AssessmentMacro.PLUGIN_KEY + ":roadmap-resources";

    /** What a roadmap macro shows. */
    enum View { BOARD, LIST, PROGRESS }

    private final RoadmapService roadmap;
    private final SoyTemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final Texts texts;

    public RoadmapMacro(RoadmapService roadmap, SoyTemplateRenderer renderer, PageBuilderService pageBuilder,
                        Texts texts) {
        this.roadmap = roadmap;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.texts = texts;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        MacroParameters p = new MacroParameters(parameters);
        boolean exported = OutputTypes.isStatic(context);
        String spaceKey = context.getSpaceKey();
        RoadmapView views = new RoadmapView(texts, exported);
        try {
            View view = view(p.text("view"));
            Map<String, Object> data;
            if (view == View.PROGRESS) {
                data = views.progress(roadmap.progress(spaceKey, p.text("set"), p.text("department")));
            } else {
                RoadmapService.Filter filter = new RoadmapService.Filter(p.text("set"), p.text("block"),
                        horizon(p.text("horizon")), status(p.text("status")), p.text("department"));
                data = view == View.LIST ? views.list(roadmap.board(spaceKey, filter))
                        : views.board(roadmap.board(spaceKey, filter));
            }
            if (!exported) {
                pageBuilder.assembler().resources().requireWebResource(RESOURCES);
            }
            return renderer.render(AssessmentMacro.TEMPLATES,
                    "CxMaturity.Templates.Roadmap." + view.name().toLowerCase(Locale.ROOT), data);
        } catch (ServiceException e) {
            return renderer.render(AssessmentMacro.TEMPLATES, "CxMaturity.Templates.Common.problem",
                    MacroProblem.data(e, texts));
        }
    }

    static View view(String view) {
        if (view == null) {
            return View.BOARD;
        }
        try {
            return View.valueOf(view.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return View.BOARD;
        }
    }

    /** "6", "12" or "24" (also "12 months"); anything else is refused with the field named. */
    static Integer horizon(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 3) {
            throw ServiceException.invalid("not-one-of", "horizon", "6, 12, 24");
        }
        return Integer.parseInt(digits);
    }

    /** "planned", "in-progress", "in progress", "IN_PROGRESS", "done" or "dropped". */
    static InitiativeStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return InitiativeStatus.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid("not-one-of", "status", "planned, in-progress, done, dropped");
        }
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
