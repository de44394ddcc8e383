package io.cxmaturity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.domain.Horizon;
import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.InitiativeRules;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.service.RoadmapBoard;
import io.cxmaturity.service.RoadmapItem;
import io.cxmaturity.service.RoadmapProgress;
import io.cxmaturity.service.RoadmapService;
import io.cxmaturity.service.ServiceException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The JSON of the roadmap: initiatives, recommendations, the board and the progress between rounds. */
final class InitiativeJson {
    static final Set<String> FIELDS = Set.of("spaceKey", "setKey", "blockKey", "department", "title", "description",
            "horizon", "owner", "status", "targetStage", "dueOn", "progress", "link");
    static final String STATUSES = "PLANNED, IN_PROGRESS, DONE, DROPPED";

    private InitiativeJson() {
    }

    /**
     * Reads an initiative body. With {@code full} (a PUT) status and progress are required, so that a client
     * that leaves them out does not reset them; when creating they default to planned and 0.
     */
    static RoadmapService.Change change(JsonNode json, boolean full) {
        String setKey = JsonRequest.text(json, "setKey", true, 64);
        String blockKey = JsonRequest.text(json, "blockKey", true, 64);
        String department = JsonRequest.text(json, "department", false, 100);
        String title = JsonRequest.text(json, "title", true, InitiativeRules.MAX_TITLE);
        String description = JsonRequest.text(json, "description", false, InitiativeRules.MAX_DESCRIPTION);
        int horizon = (int) JsonRequest.number(json, "horizon", 0, 1000);
        String owner = JsonRequest.text(json, "owner", false, 255);
        String statusText = JsonRequest.text(json, "status", full, 20);
        InitiativeStatus status = statusText == null ? null : status(statusText, "status");
        Integer targetStage = json.hasNonNull("targetStage")
                ? (int) JsonRequest.number(json, "targetStage", 0, 1000) : null;
        Integer progress = full || json.hasNonNull("progress") ? (int) JsonRequest.number(json, "progress", 0, 100) : null;
        String link = JsonRequest.text(json, "link", false, InitiativeRules.MAX_LINK);
        return new RoadmapService.Change(setKey, blockKey, department, title, description, horizon, owner, status,
                targetStage, JsonRequest.date(json, "dueOn"), progress, link);
    }

    static InitiativeStatus status(String text, String field) {
        try {
            return InitiativeStatus.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid("not-one-of", field, STATUSES);
        }
    }

    static Map<String, Object> item(RoadmapItem item) {
        Initiative i = item.initiative();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", i.id());
        json.put("spaceKey", i.spaceKey());
        json.put("setKey", i.setKey());
        json.put("blockKey", i.blockKey());
        json.put("blockName", item.blockName());
        json.put("department", i.departmentKey());
        json.put("title", i.title());
        json.put("description", i.description());
        json.put("horizon", i.horizon().months());
        json.put("owner", item.owner().map(UserRef::name).orElse(null));
        json.put("ownerName", item.owner().map(InitiativeJson::displayName).orElse(null));
        json.put("status", i.status().name());
        json.put("targetStage", i.targetStage());
        json.put("dueOn", i.dueOn() == null ? null : i.dueOn().toString());
        json.put("overdue", item.overdue());
        json.put("progress", i.progress());
        json.put("link", i.link());
        json.put("source", i.source().name());
        json.put("sourceRef", i.sourceRef());
        json.put("version", i.version());
        json.put("createdAt", i.createdAt().toString());
        json.put("updatedAt", i.updatedAt().toString());
        json.put("doneAt", i.doneAt() == null ? null : i.doneAt().toString());
        return json;
    }

    static Map<String, Object> suggestion(RoadmapService.Suggested s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.suggestion().id());
        json.put("source", s.suggestion().source().name());
        json.put("blockKey", s.suggestion().blockKey());
        json.put("blockName", s.blockName());
        json.put("title", s.suggestion().title().in(s.language()));
        json.put("description", s.suggestion().description().in(s.language()));
        json.put("horizon", s.suggestion().horizon().months());
        json.put("targetStage", s.suggestion().targetStage());
        json.put("fromResults", s.fromResults());
        json.put("initiativeId", s.initiativeId().orElse(null));
        return json;
    }

    static Map<String, Object> board(RoadmapBoard board) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("setKey", board.set().key());
        json.put("setTitle", board.set().set().title().in(board.language()));
        json.put("horizons", board.horizons().stream().map(Horizon::months).collect(Collectors.toList()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RoadmapBoard.Row row : board.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("blockKey", row.blockKey());
            r.put("blockName", row.blockName());
            r.put("owners", people(row.owners()));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (RoadmapBoard.Cell cell : row.cells()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("horizon", cell.horizon().months());
                c.put("initiatives", cell.items().stream().map(InitiativeJson::item).collect(Collectors.toList()));
                cells.add(c);
            }
            r.put("cells", cells);
            rows.add(r);
        }
        json.put("rows", rows);
        json.put("unplaced", board.unplaced().stream().map(InitiativeJson::item).collect(Collectors.toList()));
        return json;
    }

    static Map<String, Object> progress(RoadmapProgress p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("setKey", p.set().key());
        json.put("setTitle", p.set().set().title().in(p.language()));
        Map<String, Object> department = new LinkedHashMap<>();
        department.put("key", p.department().key());
        department.put("name", p.department().name());
        json.put("department", department);
        json.put("latestRound", p.latestRound().map(ResultJson::round).orElse(null));
        json.put("previousRound", p.previousRound().map(ResultJson::round).orElse(null));
        json.put("scoresShown", p.scoresShown());
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (RoadmapProgress.Block b : p.blocks()) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("blockKey", b.blockKey());
            block.put("blockName", b.blockName());
            block.put("owners", people(b.owners()));
            block.put("done", b.done().stream().map(InitiativeJson::item).collect(Collectors.toList()));
            block.put("comparable", b.comparable());
            block.put("reason", b.notComparable().map(RoadmapProgress.NotComparable::code).orElse(null));
            block.put("previous", b.previous() == null ? null : ResultJson.number(b.previous()));
            block.put("latest", b.latest() == null ? null : ResultJson.number(b.latest()));
            block.put("delta", b.delta() == null ? null : ResultJson.number(b.delta()));
            blocks.add(block);
        }
        json.put("blocks", blocks);
        return json;
    }

    private static List<Map<String, Object>> people(List<UserRef> users) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (UserRef u : users) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", u.name());
            person.put("fullName", displayName(u));
            list.add(person);
        }
        return list;
    }

    private static String displayName(UserRef u) {
        return u.displayName();
    }
}
