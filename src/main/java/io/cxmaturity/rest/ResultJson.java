package io.cxmaturity.rest;

import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.GuidanceStep;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.LocalizedText;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.Stage;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.domain.scoring.BlockScore;
import io.cxmaturity.domain.scoring.BlockStats;
import io.cxmaturity.domain.scoring.QuestionStats;
import io.cxmaturity.domain.scoring.RespondentScore;
import io.cxmaturity.domain.scoring.Summary;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.domain.scoring.TrendPoint;
import io.cxmaturity.report.ChartData;
import io.cxmaturity.report.OwnRadar;
import io.cxmaturity.service.DepartmentComparison;
import io.cxmaturity.service.DepartmentTrend;
import io.cxmaturity.service.OwnResult;
import io.cxmaturity.service.RoundResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of results, in the caller's language. Numbers that do not exist (a median without answers) are
 * null; suppressed results carry the respondent count and nothing else.
 */
final class ResultJson {
    private ResultJson() {
    }

    static Map<String, Object> own(OwnResult own, String radarLabel, String radarDescription) {
        Map<String, Object> json = new LinkedHashMap<>();
        ResponseJson response = ResponseJson.of(own.response());
        json.put("id", response.id());
        json.put("spaceKey", response.spaceKey());
        json.put("roundId", response.roundId());
        json.put("setVersionId", response.setVersionId());
        json.put("revision", response.revision());
        json.put("submittedAt", response.submittedAt());
        json.put("anonymous", response.anonymous());
        json.put("answers", response.answers());
        json.put("result", respondent(own.set().set(), own.score(), own.language(), radarLabel, radarDescription));
        return json;
    }

    /**
     * One respondent's result; {@code radarLabel} and {@code radarDescription} (translated by the caller) name
     * the radar of their block percentages, returned as chart shapes the form's script draws.
     */
    static Map<String, Object> respondent(QuestionSet set, RespondentScore score, Language language, String radarLabel,
                                          String radarDescription) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("basis", set.stageBasis().name());
        json.put("points", number(score.points()));
        json.put("maxPoints", number(score.maxPoints()));
        json.put("answeredMax", number(score.answeredMax()));
        json.put("score", number(score.score()));
        json.put("percent", number(score.percent()));
        json.put("insufficientData", score.insufficientData());
        json.put("stage", score.stage().map(s -> stage(set, s, language, true)).orElse(null));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (BlockScore b : score.blocks()) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("key", b.blockKey());
            block.put("title", blockTitle(set, b.blockKey(), language));
            block.put("points", number(b.points()));
            block.put("maxPoints", number(b.maxPoints()));
            block.put("percent", number(b.percent()));
            block.put("insufficientData", b.insufficientData());
            block.put("stage", b.stage().map(s -> stage(set, s, language, false)).orElse(null));
            block.put("statements", b.stage().map(s -> texts(s.statementsFor(b.blockKey()), language)).orElse(List.of()));
            blocks.add(block);
        }
        json.put("blocks", blocks);
        json.put("weakest", score.weakest().map(w -> Map.of("key", w.blockKey(),
                "title", blockTitle(set, w.blockKey(), language), "percent", w.percent())).orElse(null));
        List<Map<String, Object>> nextSteps = new ArrayList<>();
        for (String key : score.nextSteps()) {
            Question q = set.question(key).orElseThrow();
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("question", key);
            step.put("text", q.text().in(language));
            step.put("advice", q.nextStep().in(language));
            nextSteps.add(step);
        }
        json.put("nextSteps", nextSteps);
        List<Map<String, Object>> guidance = new ArrayList<>();
        for (GuidanceStep g : set.guidance()) {
            guidance.add(Map.of("title", g.title().in(language), "text", g.text().in(language)));
        }
        json.put("guidance", guidance);
        json.put("stages", stages(set, language));
        json.put("radar", ChartData.of(OwnRadar.chart(set, score, language, radarLabel, radarDescription)));
        return json;
    }

    static Map<String, Object> round(RoundResult r) {
        Language language = r.language();
        QuestionSet set = r.set().set();
        TeamResult team = r.team();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("spaceKey", r.round().spaceKey());
        json.put("setKey", set.key());
        json.put("setVersion", set.version());
        json.put("setVersionId", r.set().id());
        json.put("setTitle", set.title().in(language));
        json.put("department", department(r.department().key(), r.department().name(), r.headcount()));
        json.put("round", round(r.round()));
        json.put("respondents", team.respondents());
        json.put("responseRate", r.responseRate().orElse(null));
        json.put("minGroupSize", team.minGroupSize());
        json.put("suppressed", team.suppressed());
        team(json, set, team, language, r.owners());
        json.put("previous", r.previousRound().map(p -> {
            Map<String, Object> previous = new LinkedHashMap<>();
            TeamResult pt = r.previous().orElseThrow();
            previous.put("roundId", p.id());
            previous.put("name", p.name());
            previous.put("respondents", pt.respondents());
            previous.put("suppressed", pt.suppressed());
            previous.put("score", summary(pt.score()));
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (BlockStats b : pt.blocks()) {
                blocks.add(Map.of("key", b.blockKey(), "percent", summary(b.percent())));
            }
            previous.put("blocks", blocks);
            return previous;
        }).orElse(null));
        json.put("target", r.target().map(t -> {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("number", t.number());
            target.put("name", t.name().in(language));
            target.put("start", t.min());
            target.put("gap", r.gap().map(g -> number(g.gap())).orElse(null));
            target.put("percentToTarget", r.gap().map(g -> number(g.percentToTarget())).orElse(null));
            target.put("reached", r.gap().map(g -> g.reached()).orElse(null));
            return target;
        }).orElse(null));
        json.put("stages", stages(set, language));
        return json;
    }

    /** The team part of a result (nothing but the flag when suppressed). */
    static void team(Map<String, Object> json, QuestionSet set, TeamResult team, Language language,
                     Map<String, List<UserRef>> owners) {
        json.put("stage", team.stage().map(s -> stage(set, s, language, true)).orElse(null));
        json.put("score", summary(team.score()));
        json.put("percent", summary(team.percent()));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (BlockStats b : team.blocks()) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("key", b.blockKey());
            block.put("title", blockTitle(set, b.blockKey(), language));
            block.put("percent", summary(b.percent()));
            block.put("stage", b.stage().map(s -> stage(set, s, language, false)).orElse(null));
            block.put("insufficient", b.insufficient());
            List<Map<String, Object>> blockOwners = new ArrayList<>();
            for (UserRef u : owners.getOrDefault(b.blockKey(), List.of())) {
                Map<String, Object> owner = new LinkedHashMap<>();
                owner.put("name", u.name());
                owner.put("fullName", u.displayName());
                blockOwners.add(owner);
            }
            block.put("owners", blockOwners);
            blocks.add(block);
        }
        json.put("blocks", blocks);
        json.put("weakest", team.weakest().map(w -> Map.of("key", w.blockKey(),
                "title", blockTitle(set, w.blockKey(), language), "median", w.percent().median())).orElse(null));
        List<Map<String, Object>> questions = new ArrayList<>();
        for (QuestionStats q : team.questions()) {
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("key", q.questionKey());
            question.put("block", q.blockKey());
            question.put("text", set.question(q.questionKey()).map(x -> x.text().in(language)).orElse(q.questionKey()));
            question.put("points", summary(q.points()));
            question.put("distribution", q.distribution());
            question.put("notApplicable", q.notApplicable());
            question.put("disagreement", q.disagreement());
            questions.add(question);
        }
        json.put("questions", questions);
        json.put("disagreements", team.disagreements().stream().map(QuestionStats::questionKey).toList());
    }

    static Map<String, Object> departments(DepartmentComparison c) {
        Language language = c.language();
        QuestionSet set = c.set().set();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("setKey", set.key());
        json.put("setTitle", set.title().in(language));
        json.put("minGroupSize", c.minGroupSize());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DepartmentComparison.Row row : c.rows()) {
            Map<String, Object> r = department(row.department().key(), row.department().name(),
                    row.department().headcount());
            r.put("round", row.round().map(ResultJson::round).orElse(null));
            r.put("hidden", row.hidden());
            r.put("respondents", row.result().map(TeamResult::respondents).orElse(null));
            r.put("suppressed", row.hidden() || row.result().map(TeamResult::suppressed).orElse(false));
            row.result().filter(t -> !t.suppressed()).ifPresent(t -> team(r, set, t, language, Map.of()));
            rows.add(r);
        }
        json.put("departments", rows);
        json.put("totalHidden", c.totalHidden());
        json.put("total", c.total().filter(t -> !t.suppressed()).map(t -> {
            Map<String, Object> total = new LinkedHashMap<>();
            total.put("respondents", t.respondents());
            team(total, set, t, language, Map.of());
            return total;
        }).orElse(null));
        return json;
    }

    static Map<String, Object> trend(DepartmentTrend t) {
        Language language = t.language();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("department", department(t.department().key(), t.department().name(), t.department().headcount()));
        json.put("setKey", t.set().key());
        json.put("setTitle", t.set().set().title().in(language));
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (DepartmentTrend.Point p : t.rounds()) {
            Map<String, Object> r = round(p.round());
            r.put("setVersion", p.set().version());
            r.put("respondents", p.result().respondents());
            r.put("suppressed", p.result().suppressed());
            r.put("stage", p.result().stage().map(s -> stage(p.set().set(), s, language, false)).orElse(null));
            r.put("score", summary(p.result().score()));
            r.put("percent", summary(p.result().percent()));
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (BlockStats b : p.result().blocks()) {
                blocks.add(Map.of("key", b.blockKey(), "percent", summary(b.percent())));
            }
            r.put("blocks", blocks);
            rounds.add(r);
        }
        json.put("rounds", rounds);
        json.put("change", t.baselineToLatest().map(trend -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("total", point(trend.total(), "total"));
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (TrendPoint p : trend.blocks()) {
                Map<String, Object> block = point(p, blockTitle(t.set().set(), p.key(), language));
                blocks.add(block);
            }
            change.put("blocks", blocks);
            change.put("comparableQuestions", trend.comparable());
            change.put("notComparableQuestions", trend.notComparable());
            return change;
        }).orElse(null));
        return json;
    }

    private static Map<String, Object> point(TrendPoint p, String title) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", p.key());
        json.put("title", title);
        json.put("from", number(p.from()));
        json.put("to", number(p.to()));
        json.put("delta", number(p.delta()));
        json.put("fromRespondents", p.fromRespondents());
        json.put("toRespondents", p.toRespondents());
        return json;
    }

    static Map<String, Object> round(Round round) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", round.id());
        json.put("name", round.name());
        json.put("status", round.status().name());
        json.put("anonymous", round.anonymous());
        json.put("minGroupSize", round.minGroupSize());
        json.put("opensOn", round.opensOn() == null ? null : round.opensOn().toString());
        json.put("closesOn", round.closesOn() == null ? null : round.closesOn().toString());
        json.put("setVersionId", round.setVersionId());
        Map<String, Object> reminders = new LinkedHashMap<>();
        reminders.put("enabled", round.reminders().enabled());
        reminders.put("everyDays", round.reminders().everyDays());
        reminders.put("daysBeforeClose", round.reminders().daysBeforeClose());
        json.put("reminders", reminders);
        json.put("formPageUrl", round.formPageUrl());
        return json;
    }

    private static Map<String, Object> department(String key, String name, int headcount) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("name", name);
        json.put("headcount", headcount > 0 ? headcount : null);
        return json;
    }

    private static Map<String, Object> stage(QuestionSet set, Stage s, Language language, boolean full) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", s.number());
        json.put("name", s.name().in(language));
        json.put("of", set.stages().size());
        if (full) {
            json.put("summary", s.summary() == null ? null : s.summary().in(language));
            json.put("drivers", texts(s.drivers(), language));
        }
        return json;
    }

    private static List<Map<String, Object>> stages(QuestionSet set, Language language) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Stage s : set.stages()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("number", s.number());
            json.put("name", s.name().in(language));
            json.put("min", s.min());
            json.put("max", s.max());
            list.add(json);
        }
        return list;
    }

    private static String blockTitle(QuestionSet set, String key, Language language) {
        return set.block(key).map(BuildingBlock::title).map(t -> t.in(language)).orElse(key);
    }

    private static List<String> texts(List<LocalizedText> texts, Language language) {
        return texts.stream().map(t -> t.in(language)).toList();
    }

    static Map<String, Object> summary(Summary s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", s.n());
        json.put("mean", number(s.mean()));
        json.put("median", number(s.median()));
        json.put("q1", number(s.q1()));
        json.put("q3", number(s.q3()));
        json.put("iqr", s.isEmpty() ? null : number(s.iqr()));
        json.put("sd", number(s.sd()));
        json.put("min", number(s.min()));
        json.put("max", number(s.max()));
        return json;
    }

    /** A number rounded to 0.01, or null for a number that does not exist. */
    static Double number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 100) / 100.0;
    }
}
