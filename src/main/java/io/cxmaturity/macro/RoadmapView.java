package io.cxmaturity.macro;

import io.cxmaturity.domain.Initiative;
import io.cxmaturity.domain.InitiativeRules;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.UserRef;
import io.cxmaturity.port.Texts;
import io.cxmaturity.service.RoadmapBoard;
import io.cxmaturity.service.RoadmapItem;
import io.cxmaturity.service.RoadmapProgress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns the roadmap into the data of the {@code CxMaturity.Templates.Roadmap} templates. */
final class RoadmapView {
    private final Texts texts;
    private final boolean exported;

    RoadmapView(Texts texts, boolean exported) {
        this.texts = texts;
        this.exported = exported;
    }

    /** The board: a row per block, a column per horizon. */
    Map<String, Object> board(RoadmapBoard board) {
        Map<String, Object> data = header(board);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RoadmapBoard.Row row : board.rows()) {
            Map<String, Object> r = new HashMap<>();
            r.put("key", row.blockKey());
            r.put("name", row.blockName());
            r.put("owners", names(row.owners()));
            List<List<Map<String, Object>>> cells = new ArrayList<>();
            for (RoadmapBoard.Cell cell : row.cells()) {
                cells.add(cell.items().stream().map(i -> card(i, board.language())).collect(Collectors.toList()));
            }
            r.put("cells", cells);
            rows.add(r);
        }
        data.put("rows", rows);
        return data;
    }

    /** The same initiatives as one table, block by block, then by horizon. */
    Map<String, Object> list(RoadmapBoard board) {
        Map<String, Object> data = header(board);
        List<Map<String, Object>> items = new ArrayList<>();
        for (RoadmapBoard.Row row : board.rows()) {
            for (RoadmapBoard.Cell cell : row.cells()) {
                for (RoadmapItem item : cell.items()) {
                    Map<String, Object> card = card(item, board.language());
                    card.put("owners", names(row.owners()));
                    items.add(card);
                }
            }
        }
        data.put("items", items);
        return data;
    }

    private Map<String, Object> header(RoadmapBoard board) {
        Map<String, Object> data = new HashMap<>();
        data.put("lang", board.language().code());
        data.put("exported", exported);
        data.put("setKey", board.set().key());
        data.put("setTitle", board.set().set().title().in(board.language()));
        data.put("count", String.valueOf(board.count()));
        data.put("empty", board.count() == 0);
        data.put("horizons", board.horizons().stream().map(h -> texts.get("cx-maturity.roadmap.months",
                String.valueOf(h.months()))).collect(Collectors.toList()));
        data.put("unplaced", board.unplaced().stream().map(i -> card(i, board.language())).collect(Collectors.toList()));
        return data;
    }

    /** What was done per block and how the block moved between the department's last two rounds. */
    Map<String, Object> progress(RoadmapProgress p) {
        Language language = p.language();
        Map<String, Object> data = new HashMap<>();
        data.put("lang", language.code());
        data.put("setTitle", p.set().set().title().in(language));
        data.put("departmentName", p.department().name());
        data.put("previousRound", p.previousRound().map(r -> r.name()).orElse(""));
        data.put("latestRound", p.latestRound().map(r -> r.name()).orElse(""));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (RoadmapProgress.Block b : p.blocks()) {
            Map<String, Object> block = new HashMap<>();
            block.put("key", b.blockKey());
            block.put("name", b.blockName());
            block.put("owners", names(b.owners()));
            List<Map<String, Object>> done = new ArrayList<>();
            for (RoadmapItem item : b.done()) {
                Map<String, Object> d = new HashMap<>();
                d.put("title", item.initiative().title());
                d.put("doneOn", item.initiative().doneAt() == null ? ""
                        : date(item.initiative().doneAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), language));
                done.add(d);
            }
            block.put("done", done);
            block.put("comparable", b.comparable());
            if (b.comparable()) {
                block.put("moved", texts.get("cx-maturity.roadmap.moved", percent(b.previous()), percent(b.latest()),
                        signed(b.delta())));
                block.put("direction", b.delta() > 0.05 ? "up" : b.delta() < -0.05 ? "down" : "same");
            } else {
                block.put("moved", texts.get("cx-maturity.roadmap.not-comparable",
                        texts.get("cx-maturity.roadmap.reason." + b.notComparable().orElseThrow().code())));
                block.put("direction", "none");
            }
            blocks.add(block);
        }
        data.put("blocks", blocks);
        return data;
    }

    private Map<String, Object> card(RoadmapItem item, Language language) {
        Initiative i = item.initiative();
        Map<String, Object> card = new HashMap<>();
        card.put("id", String.valueOf(i.id()));
        card.put("title", i.title());
        card.put("description", i.description() == null ? "" : i.description());
        card.put("blockName", item.blockName());
        card.put("horizon", texts.get("cx-maturity.roadmap.months", String.valueOf(i.horizon().months())));
        card.put("status", code(i.status()));
        card.put("statusLabel", texts.get("cx-maturity.roadmap.status." + code(i.status())));
        card.put("statusClass", lozenge(i.status()));
        card.put("owner", item.owner().map(RoadmapView::name).orElse(""));
        card.put("progress", i.progress());
        card.put("progressLabel", texts.get("cx-maturity.roadmap.percent-done", String.valueOf(i.progress())));
        card.put("due", i.dueOn() == null ? "" : date(i.dueOn(), language));
        card.put("overdue", item.overdue());
        card.put("target", i.targetStage() == null ? "" : String.valueOf(i.targetStage()));
        boolean issue = InitiativeRules.isIssueKey(i.link());
        card.put("issue", issue ? i.link() : "");
        card.put("href", i.link() != null && !issue && InitiativeRules.isLink(i.link()) ? i.link() : "");
        return card;
    }

    /** AUI lozenge of a status: planned grey, in progress blue, done green, dropped subtle. */
    static String lozenge(InitiativeStatus status) {
        switch (status) {
            case IN_PROGRESS:
                return "aui-lozenge-current";
            case DONE:
                return "aui-lozenge-success";
            case DROPPED:
                return "aui-lozenge-subtle";
            default:
                return "";
        }
    }

    private static String code(InitiativeStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<String> names(List<UserRef> users) {
        return users.stream().map(RoadmapView::name).collect(Collectors.toList());
    }

    private static String name(UserRef u) {
        return u.displayName();
    }

    private static String date(LocalDate date, Language language) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()));
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : value < 0 ? "−" : "±") + String.format(Locale.ROOT, "%.0f", Math.abs(value));
    }
}
