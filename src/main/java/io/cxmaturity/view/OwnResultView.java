package io.cxmaturity.view;

import io.cxmaturity.domain.GuidanceStep;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.StageBasis;
import io.cxmaturity.domain.scoring.BlockScore;
import io.cxmaturity.domain.scoring.RespondentScore;
import io.cxmaturity.port.Texts;
import io.cxmaturity.report.Chart;
import io.cxmaturity.report.ChartData;
import io.cxmaturity.report.OwnRadar;
import io.cxmaturity.report.PngCharts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The data of {@code CxMaturity.Templates.Assessment.result}: a respondent's own result. */
final class OwnResultView {
    private OwnResultView() {
    }

    static Map<String, Object> data(QuestionSet set, RespondentScore score, Language language, boolean exported,
                                    Texts texts) {
        Map<String, Object> data = new HashMap<>();
        data.put("hasStage", score.stage().isPresent());
        data.put("stageNumber", score.stage().map(s -> s.number()).orElse(0));
        data.put("stageOf", set.stages().size());
        data.put("stageName", score.stage().map(s -> s.name().in(language)).orElse(""));
        data.put("stageSummary", score.stage().map(s -> s.summary() == null ? "" : s.summary().in(language)).orElse(""));
        data.put("drivers", score.stage().map(s -> s.drivers().stream().map(t -> t.in(language)).toList())
                .orElse(List.of()));
        data.put("score", set.stageBasis() == StageBasis.PERCENT ? Numbers.percent(score.score())
                : Numbers.number(score.points()) + " / " + Numbers.number(score.answeredMax()));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (BlockScore b : score.blocks()) {
            Map<String, Object> block = new HashMap<>();
            block.put("title", set.block(b.blockKey()).map(x -> x.title().in(language)).orElse(b.blockKey()));
            block.put("points", Numbers.number(b.points()) + " / " + Numbers.number(b.maxPoints()));
            block.put("percent", b.insufficientData() ? "–" : Numbers.percent(b.percent()));
            block.put("stageName", b.stage().map(s -> s.name().in(language)).orElse(""));
            block.put("weakest", score.weakest().map(w -> w.blockKey().equals(b.blockKey())).orElse(false));
            blocks.add(block);
        }
        data.put("blocks", blocks);
        data.put("weakest", score.weakest().map(w -> set.block(w.blockKey()).map(x -> x.title().in(language))
                .orElse(w.blockKey())).orElse(""));
        List<Map<String, Object>> nextSteps = new ArrayList<>();
        for (String key : score.nextSteps()) {
            Question q = set.question(key).orElseThrow();
            nextSteps.add(Map.of("text", q.text().in(language), "advice", q.nextStep().in(language)));
        }
        data.put("nextSteps", nextSteps);
        List<Map<String, Object>> guidance = new ArrayList<>();
        for (GuidanceStep g : set.guidance()) {
            guidance.add(Map.of("title", g.title().in(language), "text", g.text().in(language)));
        }
        data.put("guidance", guidance);
        Chart chart = OwnRadar.chart(set, score, language, texts.get("cx-maturity.result.you"),
                texts.get("cx-maturity.result.radar", set.title().in(language)));
        Map<String, Object> chartData = ChartData.of(chart);
        chartData.put("png", exported ? PngCharts.dataUri(chart) : "");
        data.put("chart", chartData);
        data.put("exported", exported);
        return data;
    }
}
