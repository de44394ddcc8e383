package io.cxmaturity.macro;

import io.cxmaturity.view.Numbers;

import io.cxmaturity.domain.AnswerOption;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.LocalizedText;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Stage;
import io.cxmaturity.domain.StageBasis;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.domain.scoring.BlockStats;
import io.cxmaturity.domain.scoring.QuestionStats;
import io.cxmaturity.domain.scoring.Summary;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.domain.scoring.TrendPoint;
import io.cxmaturity.port.Texts;
import io.cxmaturity.report.Chart;
import io.cxmaturity.report.ChartData;
import io.cxmaturity.report.Charts;
import io.cxmaturity.report.Palette;
import io.cxmaturity.report.PngCharts;
import io.cxmaturity.service.DepartmentComparison;
import io.cxmaturity.service.DepartmentTrend;
import io.cxmaturity.service.RoundResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns results into the data of the {@code CxMaturity.Templates.Results} templates, charts included. */
final class ResultsView {
    private final Texts texts;
    private final boolean exported;

    ResultsView(Texts texts, boolean exported) {
        this.texts = texts;
        this.exported = exported;
    }

    /** Summary, blocks or spread of one round. */
    Map<String, Object> round(RoundResult r, ResultsMacro.View view) {
        Language language = r.language();
        QuestionSet set = r.set().set();
        TeamResult team = r.team();
        Map<String, Object> data = header(set, language);
        data.put("departmentName", r.department().name());
        data.put("roundName", r.round().name());
        data.put("roundOpen", r.round().isOpen());
        data.put("anonymous", r.round().anonymous());
        data.put("respondents", team.respondents());
        data.put("responseRate", r.responseRate().map(rate -> percent(rate)).orElse(""));
        data.put("minGroupSize", team.minGroupSize());
        data.put("suppressed", team.suppressed());
        if (team.suppressed()) {
            return data;
        }
        data.put("stage", stage(set, team.stage(), language));
        data.put("score", score(set, team.score()));
        data.put("scoreIqr", iqr(set, team.score()));
        data.put("weakest", team.weakest().map(w -> Map.<String, Object>of("title", title(set, w.blockKey(), language),
                "median", percent(w.percent().median()))).orElse(null));
        data.put("previousName", r.previousRound().map(p -> p.name()).orElse(""));
        data.put("previousSuppressed", r.previous().map(TeamResult::suppressed).orElse(false));
        data.put("target", r.target().map(t -> {
            Map<String, Object> target = new HashMap<>();
            target.put("name", t.name().in(language));
            target.put("number", t.number());
            target.put("gap", r.gap().map(g -> g.reached() ? "" : number(g.gap())).orElse(""));
            target.put("percentToTarget", r.gap().map(g -> percent(g.percentToTarget())).orElse(""));
            target.put("reached", r.gap().map(g -> g.reached()).orElse(false));
            return target;
        }).orElse(null));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (BlockStats b : team.blocks()) {
            Map<String, Object> row = new HashMap<>();
            row.put("key", b.blockKey());
            row.put("title", title(set, b.blockKey(), language));
            row.put("median", percent(b.percent().median()));
            row.put("q1", percent(b.percent().q1()));
            row.put("q3", percent(b.percent().q3()));
            row.put("min", percent(b.percent().min()));
            row.put("max", percent(b.percent().max()));
            row.put("n", b.percent().n());
            row.put("insufficient", b.insufficient());
            row.put("stageName", b.stage().map(s -> s.name().in(language)).orElse("–"));
            row.put("statements", b.stage().map(s -> texts(s.statementsFor(b.blockKey()), language)).orElse(List.of()));
            row.put("previous", r.previous().filter(p -> !p.suppressed()).flatMap(p -> p.block(b.blockKey()))
                    .map(p -> percent(p.percent().median())).orElse("–"));
            List<String> owners = new ArrayList<>();
            for (UserRef u : r.owners().getOrDefault(b.blockKey(), List.of())) {
                owners.add(u.displayName());
            }
            row.put("owners", owners);
            row.put("weakest", team.weakest().map(w -> w.blockKey().equals(b.blockKey())).orElse(false));
            blocks.add(row);
        }
        data.put("blocks", blocks);
        switch (view) {
            case BLOCKS:
                data.put("chart", chart(blocksChart(set, team, language)));
                break;
            case SPREAD:
                data.put("questions", spread(set, team, language));
                data.put("disagreements", team.disagreements().size());
                break;
            default:
                data.put("chart", chart(radar(set, team, r, language)));
        }
        return data;
    }

    private Chart radar(QuestionSet set, TeamResult team, RoundResult r, Language language) {
        List<String> axes = new ArrayList<>();
        double[] teamValues = new double[set.blocks().size()];
        double[] previousValues = new double[set.blocks().size()];
        double[] targetValues = new double[set.blocks().size()];
        boolean hasPrevious = r.previous().isPresent() && !r.previous().get().suppressed();
        int i = 0;
        for (BuildingBlock block : set.blocks()) {
            axes.add(block.title().in(language));
            teamValues[i] = team.block(block.key()).map(b -> b.percent().median()).orElse(Double.NaN);
            previousValues[i] = hasPrevious ? r.previous().get().block(block.key())
                    .map(b -> b.percent().median()).orElse(Double.NaN) : Double.NaN;
            targetValues[i] = r.target().map(t -> startPercent(set, t)).orElse(Double.NaN);
            i++;
        }
        List<Charts.Series> series = new ArrayList<>();
        series.add(new Charts.Series(texts.get("cx-maturity.results.series.team", r.round().name()), teamValues,
                Palette.TEAM, true, false));
        r.target().ifPresent(t -> series.add(new Charts.Series(texts.get("cx-maturity.results.series.target",
                t.name().in(language)), targetValues, Palette.TARGET, false, true)));
        if (hasPrevious) {
            series.add(new Charts.Series(texts.get("cx-maturity.results.series.previous", r.previousRound().get().name()),
                    previousValues, Palette.PREVIOUS, false, true));
        }
        return Charts.radar(axes, series, texts.get("cx-maturity.results.radar.description",
                set.title().in(language), r.round().name()));
    }

    private Chart blocksChart(QuestionSet set, TeamResult team, Language language) {
        List<Charts.Bar> bars = new ArrayList<>();
        for (BlockStats b : team.blocks()) {
            Summary s = b.percent();
            bars.add(new Charts.Bar(title(set, b.blockKey(), language), s.median(), s.q1(), s.q3(),
                    s.isEmpty() ? texts.get("cx-maturity.results.insufficient") : b.stage().map(st -> st.name().in(language))
                            .orElse("")));
        }
        return Charts.bars(bars, texts.get("cx-maturity.results.bars.description", set.title().in(language)));
    }

    private List<Map<String, Object>> spread(QuestionSet set, TeamResult team, Language language) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int number = 0;
        for (Question question : set.scoredQuestions()) {
            number++;
            Optional<QuestionStats> stats = team.question(question.key());
            if (stats.isEmpty()) {
                continue;
            }
            QuestionStats q = stats.get();
            int answered = q.points().n();
            List<Map<String, Object>> cells = new ArrayList<>();
            for (AnswerOption option : question.answerType().options()) {
                int count = q.distribution().getOrDefault(option.value(), 0);
                double share = answered == 0 ? 0 : count * 100.0 / answered;
                Map<String, Object> cell = new HashMap<>();
                cell.put("value", option.value());
                cell.put("label", option.label() == null ? option.value() : option.label().in(language));
                cell.put("count", count);
                cell.put("share", percent(share));
                cell.put("heat", "cx-heat-" + Math.min(5, (int) Math.ceil(share / 20)));
                cells.add(cell);
            }
            Map<String, Object> row = new HashMap<>();
            row.put("number", number);
            row.put("key", question.key());
            row.put("text", question.text().in(language));
            row.put("block", title(set, question.blockKey(), language));
            row.put("cells", cells);
            row.put("na", q.notApplicable());
            row.put("median", number(q.points().median()));
            row.put("iqr", q.points().isEmpty() ? "–" : number(q.points().iqr()));
            row.put("disagreement", q.disagreement());
            rows.add(row);
        }
        return rows;
    }

    Map<String, Object> departments(DepartmentComparison c) {
        Language language = c.language();
        QuestionSet set = c.set().set();
        Map<String, Object> data = header(set, language);
        data.put("minGroupSize", c.minGroupSize());
        List<String> blockTitles = new ArrayList<>();
        set.blocks().forEach(b -> blockTitles.add(b.title().in(language)));
        data.put("blockTitles", blockTitles);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Charts.Series> series = new ArrayList<>();
        int color = 0;
        int hidden = 0;
        for (DepartmentComparison.Row row : c.rows()) {
            Map<String, Object> r = new HashMap<>();
            r.put("name", row.department().name());
            r.put("roundName", row.round().map(x -> x.name()).orElse("–"));
            Optional<TeamResult> result = row.result().filter(t -> !t.suppressed());
            boolean shown = result.isPresent() && !row.hidden();
            boolean empty = row.result().map(t -> t.respondents() == 0).orElse(false);
            r.put("hidden", !shown && row.round().isPresent() && !empty);
            r.put("noRound", row.round().isEmpty());
            r.put("noAnswers", empty);
            r.put("respondents", shown ? String.valueOf(result.get().respondents()) : "");
            if (!shown) {
                hidden += row.round().isPresent() && !empty ? 1 : 0;
                rows.add(r);
                continue;
            }
            TeamResult t = result.get();
            r.put("stageName", t.stage().map(s -> s.name().in(language)).orElse("–"));
            r.put("score", score(set, t.score()));
            List<String> medians = new ArrayList<>();
            double[] values = new double[set.blocks().size()];
            int i = 0;
            for (BuildingBlock block : set.blocks()) {
                double median = t.block(block.key()).map(b -> b.percent().median()).orElse(Double.NaN);
                medians.add(percent(median));
                values[i++] = median;
            }
            r.put("medians", medians);
            rows.add(r);
            series.add(new Charts.Series(row.department().name(), values,
                    Palette.SERIES[color++ % Palette.SERIES.length], false, false));
        }
        data.put("rows", rows);
        data.put("hiddenCount", hidden);
        data.put("total", c.total().filter(t -> !t.suppressed()).map(t -> {
            Map<String, Object> total = new HashMap<>();
            total.put("respondents", t.respondents());
            total.put("stageName", t.stage().map(s -> s.name().in(language)).orElse("–"));
            total.put("score", score(set, t.score()));
            List<String> medians = new ArrayList<>();
            for (BuildingBlock block : set.blocks()) {
                medians.add(percent(t.block(block.key()).map(b -> b.percent().median()).orElse(Double.NaN)));
            }
            total.put("medians", medians);
            return total;
        }).orElse(null));
        data.put("chart", series.isEmpty() ? null : chart(Charts.radar(blockTitles, series,
                texts.get("cx-maturity.results.departments.description", set.title().in(language)))));
        return data;
    }

    Map<String, Object> trend(DepartmentTrend t) {
        Language language = t.language();
        QuestionSet set = t.set().set();
        Map<String, Object> data = header(set, language);
        data.put("departmentName", t.department().name());
        List<Map<String, Object>> rounds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double[] medians = new double[t.rounds().size()];
        int i = 0;
        for (DepartmentTrend.Point p : t.rounds()) {
            Map<String, Object> r = new HashMap<>();
            r.put("name", p.round().name());
            r.put("open", p.round().isOpen());
            r.put("respondents", p.result().respondents());
            r.put("suppressed", p.result().suppressed());
            r.put("version", p.set().version());
            r.put("stageName", p.result().stage().map(s -> s.name().in(language)).orElse("–"));
            r.put("median", percent(p.result().percent().median()));
            rounds.add(r);
            names.add(p.round().name());
            medians[i++] = p.result().suppressed() ? Double.NaN : p.result().percent().median();
        }
        data.put("rounds", rounds);
        data.put("chart", t.rounds().isEmpty() ? null : chart(Charts.trend(names, medians,
                texts.get("cx-maturity.results.trend.description", t.department().name()))));
        data.put("change", t.baselineToLatest().map(trend -> {
            Map<String, Object> change = new HashMap<>();
            change.put("total", delta(trend.total(), texts.get("cx-maturity.results.total")));
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (TrendPoint p : trend.blocks()) {
                blocks.add(delta(p, title(set, p.key(), language)));
            }
            change.put("blocks", blocks);
            List<String> notComparable = new ArrayList<>();
            for (String key : trend.notComparable()) {
                notComparable.add(set.question(key).map(q -> q.text().in(language)).orElse(key));
            }
            change.put("notComparable", notComparable);
            change.put("from", t.rounds().stream().filter(p -> !p.result().suppressed()).findFirst()
                    .map(p -> p.round().name()).orElse(""));
            return change;
        }).orElse(null));
        return data;
    }

    private Map<String, Object> delta(TrendPoint p, String title) {
        Map<String, Object> row = new HashMap<>();
        row.put("title", title);
        row.put("from", percent(p.from()));
        row.put("to", percent(p.to()));
        double d = p.delta();
        row.put("delta", Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%+.0f", d));
        row.put("direction", Double.isNaN(d) || Math.abs(d) < 0.5 ? "same" : d > 0 ? "up" : "down");
        return row;
    }

    private Map<String, Object> header(QuestionSet set, Language language) {
        Map<String, Object> data = new HashMap<>();
        data.put("lang", language.code());
        data.put("exported", exported);
        data.put("setTitle", set.title().in(language));
        data.put("basisPercent", set.stageBasis() == StageBasis.PERCENT);
        data.put("maxPoints", number(set.maxPoints()));
        data.put("hasStages", set.hasStages());
        return data;
    }

    private Map<String, Object> stage(QuestionSet set, Optional<Stage> stage, Language language) {
        if (stage.isEmpty()) {
            return null;
        }
        Stage s = stage.get();
        Map<String, Object> data = new HashMap<>();
        data.put("number", s.number());
        data.put("of", set.stages().size());
        data.put("name", s.name().in(language));
        data.put("summary", s.summary() == null ? "" : s.summary().in(language));
        data.put("drivers", texts(s.drivers(), language));
        data.put("band", s.min() + "–" + s.max() + (set.stageBasis() == StageBasis.PERCENT ? "%" : ""));
        return data;
    }

    /** The median total: "47.5 / 95" on a points set, "62%" on a percent set. */
    private static String score(QuestionSet set, Summary score) {
        if (score.isEmpty()) {
            return "–";
        }
        return set.stageBasis() == StageBasis.PERCENT ? percent(score.median())
                : number(score.median()) + " / " + number(set.maxPoints());
    }

    private static String iqr(QuestionSet set, Summary score) {
        if (score.isEmpty()) {
            return "–";
        }
        return set.stageBasis() == StageBasis.PERCENT ? percent(score.q1()) + "–" + percent(score.q3())
                : number(score.q1()) + "–" + number(score.q3());
    }

    /** Where a stage begins, as a percentage of the maximum (the radar's target line). */
    private static double startPercent(QuestionSet set, Stage stage) {
        return set.stageBasis() == StageBasis.PERCENT ? stage.min() : stage.min() * 100.0 / set.maxPoints();
    }

    private Map<String, Object> chart(Chart chart) {
        Map<String, Object> data = ChartData.of(chart);
        data.put("png", exported ? PngCharts.dataUri(chart) : "");
        return data;
    }

    private static String title(QuestionSet set, String blockKey, Language language) {
        return set.block(blockKey).map(b -> b.title().in(language)).orElse(blockKey);
    }

    private static List<String> texts(List<LocalizedText> list, Language language) {
        return list.stream().map(t -> t.in(language)).toList();
    }

    static String percent(double value) {
        return Numbers.percent(value);
    }

    static String number(double value) {
        return Numbers.number(value);
    }
}
