package io.cxmaturity.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Stage;
import io.cxmaturity.domain.scoring.BlockStats;
import io.cxmaturity.domain.scoring.QuestionStats;
import io.cxmaturity.domain.scoring.Summary;
import io.cxmaturity.domain.scoring.TeamAggregation;
import io.cxmaturity.domain.scoring.TeamResult;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a team result as compact JSON for the result snapshot and reads it back; stages are stored by
 * number and found again in the set version the round answered.
 */
final class TeamResultCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TeamResultCodec() {
    }

    /** The snapshot's format: raise it with any change to what {@link #write} stores. */
    static final int FORMAT = 1;

    /** Snapshots of another edition of the rules or another format are not read: they are computed again. */
    static int edition() {
        return TeamAggregation.RULES_VERSION * 1000 + FORMAT;
    }

    static String write(TeamResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", edition());
        root.put("n", r.respondents());
        root.put("k", r.minGroupSize());
        root.put("suppressed", r.suppressed());
        root.set("score", summary(r.score()));
        root.set("percent", summary(r.percent()));
        r.stage().ifPresent(s -> root.put("stage", s.number()));
        ArrayNode blocks = root.putArray("blocks");
        for (BlockStats b : r.blocks()) {
            ObjectNode node = blocks.addObject();
            node.put("key", b.blockKey());
            node.set("percent", summary(b.percent()));
            b.stage().ifPresent(s -> node.put("stage", s.number()));
            node.put("insufficient", b.insufficient());
        }
        r.weakest().ifPresent(w -> root.put("weakest", w.blockKey()));
        ArrayNode questions = root.putArray("questions");
        for (QuestionStats q : r.questions()) {
            ObjectNode node = questions.addObject();
            node.put("key", q.questionKey());
            node.put("block", q.blockKey());
            node.set("points", summary(q.points()));
            ObjectNode distribution = node.putObject("distribution");
            q.distribution().forEach(distribution::put);
            node.put("na", q.notApplicable());
            node.put("disagreement", q.disagreement());
        }
        ArrayNode disagreements = root.putArray("disagreements");
        r.disagreements().forEach(q -> disagreements.add(q.questionKey()));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result kept in a snapshot; empty when it was written by another edition or cannot be read. */
    static Optional<TeamResult> read(String json, QuestionSet set) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root == null || root.path("v").asInt(-1) != edition()) {
            return Optional.empty();
        }
        return Optional.of(decode(root, set));
    }

    private static TeamResult decode(JsonNode root, QuestionSet set) {
        if (root.path("suppressed").asBoolean()) {
            return TeamResult.suppressed(root.path("n").asInt(), root.path("k").asInt());
        }
        List<BlockStats> blocks = new ArrayList<>();
        for (JsonNode b : root.path("blocks")) {
            blocks.add(new BlockStats(b.path("key").asText(), summary(b.path("percent")), stage(set, b.get("stage")),
                    b.path("insufficient").asInt()));
        }
        List<QuestionStats> questions = new ArrayList<>();
        Map<String, QuestionStats> byKey = new LinkedHashMap<>();
        for (JsonNode q : root.path("questions")) {
            Map<String, Integer> distribution = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = q.path("distribution").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                distribution.put(e.getKey(), e.getValue().asInt());
            }
            QuestionStats stats = new QuestionStats(q.path("key").asText(), q.path("block").asText(),
                    summary(q.path("points")), distribution, q.path("na").asInt(), q.path("disagreement").asBoolean());
            questions.add(stats);
            byKey.put(stats.questionKey(), stats);
        }
        List<QuestionStats> disagreements = new ArrayList<>();
        root.path("disagreements").forEach(k -> disagreements.add(byKey.get(k.asText())));
        String weakest = root.path("weakest").asText(null);
        return new TeamResult(root.path("n").asInt(), root.path("k").asInt(), false, summary(root.path("score")),
                summary(root.path("percent")), stage(set, root.get("stage")), blocks,
                blocks.stream().filter(b -> b.blockKey().equals(weakest)).findFirst(), questions, disagreements);
    }

    private static Optional<Stage> stage(QuestionSet set, JsonNode number) {
        return number == null || number.isNull() ? Optional.empty() : set.stage(number.asInt());
    }

    private static ArrayNode summary(Summary s) {
        ArrayNode a = JSON.createArrayNode();
        a.add(s.n());
        for (double v : new double[]{s.mean(), s.median(), s.q1(), s.q3(), s.sd(), s.min(), s.max()}) {
            if (Double.isNaN(v)) {
                a.addNull();
            } else {
                a.add(v);
            }
        }
        return a;
    }

    private static Summary summary(JsonNode a) {
        if (a == null || !a.isArray() || a.get(0).asInt() == 0) {
            return Summary.EMPTY;
        }
        double[] v = new double[7];
        for (int i = 0; i < 7; i++) {
            JsonNode x = a.get(i + 1);
            v[i] = x == null || x.isNull() ? Double.NaN : x.asDouble();
        }
        return new Summary(a.get(0).asInt(), v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
}
