package io.cxmaturity.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.port.Texts;
import io.cxmaturity.service.ResultsService;
import io.cxmaturity.service.ServiceException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code cx-results}: results for leadership, rendered on the server. Views: summary (stage, radar, weakest
 * block, key drivers), blocks (median and spread per block, owners), spread (where the team disagrees, as a
 * heat map of questions), departments (side by side) and trend (baseline to now). Charts are inline SVG on
 * the page and PNG images with the numbers as tables in PDF, Word and e-mail, with no script.
 */
public class ResultsMacro implements Macro {
    static final String RESOURCES = AssessmentMacro.PLUGIN_KEY + ":results-resources";

    /** What a results macro shows. */
    enum View { SUMMARY, BLOCKS, SPREAD, DEPARTMENTS, TREND }

    private final ResultsService results;
    private final SoyTemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final Texts texts;

    public ResultsMacro(ResultsService results, SoyTemplateRenderer renderer, PageBuilderService pageBuilder,
                        Texts texts) {
        this.results = results;
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
        try {
            if (!results.canSeeResults(spaceKey)) {
                return renderer.render(AssessmentMacro.TEMPLATES, "CxMaturity.Templates.Common.notice",
                        Map.of("message", texts.get("cx-maturity.results.hidden")));
            }
            String round = p.text("round");
            View view = view(p.text("view"), round);
            String roundName = round == null || round.equalsIgnoreCase("latest") || round.equalsIgnoreCase("trend")
                    ? null : round;
            List<String> departments = departments(p.text("departments"));
            String setKey = p.text("set");
            String department = departments.isEmpty() ? null : departments.get(0);
            Integer target = p.id("target") == null ? null : p.id("target").intValue();
            Map<String, Object> data;
            String template;
            ResultsView views = new ResultsView(texts, exported);
            switch (view) {
                case DEPARTMENTS:
                    data = views.departments(results.departments(spaceKey,
                            setKey == null ? BuiltInCatalog.FLAGSHIP : setKey, departments, roundName));
                    template = "departments";
                    break;
                case TREND:
                    data = views.trend(results.trend(spaceKey, department, setKey));
                    template = "trend";
                    break;
                default:
                    data = views.round(results.named(spaceKey, department, setKey, roundName, target), view);
                    template = view.name().toLowerCase(Locale.ROOT);
            }
            if (!exported) {
                pageBuilder.assembler().resources().requireWebResource(RESOURCES);
            }
            return renderer.render(AssessmentMacro.TEMPLATES, "CxMaturity.Templates.Results." + template, data);
        } catch (ServiceException e) {
            return renderer.render(AssessmentMacro.TEMPLATES, "CxMaturity.Templates.Common.problem",
                    MacroProblem.data(e, texts));
        }
    }

    static View view(String view, String round) {
        if (round != null && round.equalsIgnoreCase("trend")) {
            return View.TREND;
        }
        if (view == null) {
            return View.SUMMARY;
        }
        try {
            return View.valueOf(view.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return View.SUMMARY;
        }
    }

    /** "sales, service" or "all" (all: every department on the set). */
    static List<String> departments(String value) {
        if (value == null || value.equalsIgnoreCase("all")) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
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
