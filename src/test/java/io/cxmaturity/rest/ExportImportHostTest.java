package io.cxmaturity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The acceptance tests of the exports, over HTTP against the host: the demo space exported and imported into
 * the empty IMPORT space gives identical results and an identical roadmap, whose initiatives go on taking
 * changes at their versions; CSV and XLSX read back with real parsers hold the rows and
 * columns they should, Cyrillic and hostile text included, and nothing identifies respondents of an anonymous
 * round or of a group below the minimum size.
 */
public class ExportImportHostTest {
    private static final String API = "/rest/cx-maturity/1.0";
    private static Host host;

    @BeforeClass
    public static void start() throws Exception {
        host = Host.start(Host.Config.forTest(null));
    }

    @AfterClass
    public static void stop() throws Exception {
        host.close();
    }

    private static Http admin() {
        return Http.as(host.baseUrl(), "admin");
    }

    // ------------------------------------------------------------------ round trip

    @Test
    public void theDemoSpaceImportedIntoAnEmptySpaceHasIdenticalResults() {
        Http admin = admin();
        Http.Download exported = admin.download(API + "/exports/space?spaceKey=CX");
        assertEquals(exported.text(), 200, exported.status());
        assertTrue(exported.contentType().startsWith("application/json"));
        assertTrue(exported.disposition(), exported.disposition().startsWith("attachment; filename=\"cx-CX-space.json\""));
        JsonNode document = new Http.Reply(200, exported.text(), "application/json").json();
        assertEquals("cx-maturity-space", document.path("format").asText());
        assertTrue("the demo has many responses", document.path("responses").size() >= 20);
        assertEquals(2, document.path("formatVersion").asInt());
        assertTrue("the demo has a roadmap", document.path("initiatives").size() >= 8);

        Http.Reply imported = admin.postJson(API + "/imports/space?spaceKey=IMPORT", exported.text());
        assertEquals(imported.body(), 201, imported.status());
        assertEquals(document.path("departments").size(), imported.json().path("departments").asInt());
        assertEquals(document.path("responses").size(), imported.json().path("responses").asInt());
        assertEquals(document.path("initiatives").size(), imported.json().path("initiatives").asInt());

        int compared = 0;
        for (JsonNode department : admin.get(API + "/departments?spaceKey=CX").json()) {
            String key = department.path("key").asText();
            JsonNode source = admin.get(API + "/departments/" + key + "/rounds?spaceKey=CX").json();
            JsonNode copy = admin.get(API + "/departments/" + key + "/rounds?spaceKey=IMPORT").json();
            assertEquals(key + ": the same rounds", strip(source), strip(copy));
            for (int i = 0; i < source.size(); i++) {
                assertEquals(key + " " + source.get(i).path("name").asText(),
                        strip(admin.get(API + "/results?spaceKey=CX&roundId=" + source.get(i).path("id").asLong()).json()),
                        strip(admin.get(API + "/results?spaceKey=IMPORT&roundId=" + copy.get(i).path("id").asLong())
                                .json()));
                compared++;
            }
            assertEquals(key + ": the same trend",
                    strip(admin.get(API + "/results/trend?spaceKey=CX&department=" + key).json()),
                    strip(admin.get(API + "/results/trend?spaceKey=IMPORT&department=" + key).json()));
        }
        assertTrue("every demo round was compared: " + compared, compared >= 6);
        for (String set : List.of("six-blocks", "contact-centre")) {
            assertEquals(strip(admin.get(API + "/results/departments?spaceKey=CX&setKey=" + set).json()),
                    strip(admin.get(API + "/results/departments?spaceKey=IMPORT&setKey=" + set).json()));
        }
        assertEquals(strip(admin.get(API + "/departments?spaceKey=CX").json()),
                strip(admin.get(API + "/departments?spaceKey=IMPORT").json()));

        // The roadmap: the same initiatives, board and progress per department.
        JsonNode initiatives = admin.get(API + "/initiatives?spaceKey=CX").json();
        assertEquals(document.path("initiatives").size(), initiatives.size());
        assertEquals("the same initiatives", strip(initiatives),
                strip(admin.get(API + "/initiatives?spaceKey=IMPORT").json()));
        assertEquals("the same board", strip(admin.get(API + "/roadmap/board?spaceKey=CX").json()),
                strip(admin.get(API + "/roadmap/board?spaceKey=IMPORT").json()));
        int progressCompared = 0;
        for (JsonNode department : admin.get(API + "/departments?spaceKey=CX").json()) {
            String key = department.path("key").asText();
            Http.Reply source = admin.get(API + "/roadmap/progress?spaceKey=CX&department=" + key);
            assertEquals(source.body(), 200, source.status());
            assertEquals(key + ": the same progress", strip(source.json()),
                    strip(admin.get(API + "/roadmap/progress?spaceKey=IMPORT&department=" + key).json()));
            progressCompared++;
        }
        assertTrue(progressCompared >= 5);

        JsonNode trail = admin.get(API + "/audit?spaceKey=IMPORT&limit=200").json();
        assertEquals("import.space", trail.get(0).path("action").asText());
        Http.Reply again = admin.postJson(API + "/imports/space?spaceKey=IMPORT", exported.text());
        assertEquals("a space with data takes no second import", 409, again.status());
        assertEquals("space-not-empty", again.error());

        // An imported initiative takes a change at the version it came with, and refuses an older one.
        JsonNode changedInSource = null;
        for (JsonNode i : admin.get(API + "/initiatives?spaceKey=IMPORT").json()) {
            if (i.path("version").asInt() > 1) {
                changedInSource = i;
            }
        }
        assertTrue("the demo changed an initiative after creating it", changedInSource != null);
        long id = changedInSource.path("id").asLong();
        int version = changedInSource.path("version").asInt();
        Map<String, Object> change = new LinkedHashMap<>();
        for (String field : List.of("setKey", "blockKey", "department", "title", "description", "horizon", "owner",
                "status", "targetStage", "dueOn", "link")) {
            JsonNode value = changedInSource.path(field);
            change.put(field, value.isNull() ? null : value.isInt() ? (Object) value.asInt() : value.asText());
        }
        change.put("spaceKey", "IMPORT");
        change.put("progress", 90);
        change.put("version", version - 1);
        Http.Reply stale = admin.putJson(API + "/initiatives/" + id, change);
        assertEquals(stale.body(), 409, stale.status());
        assertEquals("initiative-outdated", stale.error());
        change.put("version", version);
        Http.Reply saved = admin.putJson(API + "/initiatives/" + id, change);
        assertEquals(saved.body(), 200, saved.status());
        assertEquals(version + 1, saved.json().path("version").asInt());
        assertEquals(90, saved.json().path("progress").asInt());
        assertEquals("the same change again is outdated", 409, admin.putJson(API + "/initiatives/" + id, change)
                .status());
        String title = changedInSource.path("title").asText();
        for (JsonNode i : admin.get(API + "/initiatives?spaceKey=CX").json()) {
            if (i.path("title").asText().equals(title)) {
                assertEquals("the source keeps its version", version, i.path("version").asInt());
            }
        }
    }

    /** A result without what differs between two spaces: ids and space keys. */
    private static JsonNode strip(JsonNode node) {
        JsonNode copy = node.deepCopy();
        stripIn(copy);
        return copy;
    }

    private static void stripIn(JsonNode node) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            List<String> drop = new ArrayList<>();
            while (names.hasNext()) {
                String name = names.next();
                if (name.equals("id") || name.endsWith("Id") || name.equals("spaceKey")) {
                    drop.add(name);
                }
            }
            ((ObjectNode) node).remove(drop);
        }
        node.forEach(ExportImportHostTest::stripIn);
    }

    // ------------------------------------------------------------------ read-back

    private static final String HOSTILE_COMMENT = "Комментарий, с \"кавычками\"\nи второй строкой";

    /** A department named like a formula, its round, and three responses (one with the hostile comment). */
    private static long answeredRound(String departmentName, String roundName, boolean anonymous) {
        Http admin = admin();
        Http.Reply d = admin.postJson(API + "/departments", Map.of("spaceKey", "CX", "name", departmentName,
                "setKey", "six-blocks"));
        assertEquals(d.body(), 201, d.status());
        Http.Reply r = admin.postJson(API + "/departments/" + d.json().path("key").asText() + "/rounds",
                Map.of("spaceKey", "CX", "name", roundName, "anonymous", anonymous, "minGroupSize", 3));
        assertEquals(r.body(), 201, r.status());
        long roundId = r.json().path("id").asLong();
        String[] users = {"member", "member2", "member3"};
        for (int i = 0; i < users.length; i++) {
            int points = i + 2;
            List<Map<String, Object>> answers = AnswerSheets.answers("six-blocks", q -> points);
            if (i == 0) {
                Map<String, Object> first = new LinkedHashMap<>(answers.get(0));
                first.put("comment", HOSTILE_COMMENT);
                answers.set(0, first);
            }
            Http.Reply submitted = Http.as(host.baseUrl(), users[i]).postJson(API + "/responses",
                    AnswerSheets.submission("CX", roundId, answers));
            assertEquals(submitted.body(), 201, submitted.status());
        }
        return roundId;
    }

    private static List<CSVRecord> csv(Http.Download download) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] start = new byte[3];
        System.arraycopy(download.body(), 0, start, 0, 3);
        assertArrayEquals("UTF-8 with a byte-order mark", bom, start);
        String text = new String(download.body(), 3, download.body().length - 3, StandardCharsets.UTF_8);
        assertTrue("CRLF line ends", text.contains("\r\n"));
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    @Test
    public void responsesAsCsvReadBackWithHeadersRowsCyrillicQuotesNewlinesAndDefusedFormulas() throws IOException {
        String department = "=HYPERLINK(\"http://evil\",\"Отдел продаж\") " + UUID.randomUUID().toString().substring(0, 4);
        long roundId = answeredRound(department, "2026 Весна", false);
        Http.Download download = admin().download(API + "/exports/rounds/" + roundId + "/responses.csv?spaceKey=CX");
        assertEquals(download.text(), 200, download.status());
        assertTrue(download.contentType(), download.contentType().startsWith("text/csv"));
        assertTrue(download.disposition(), download.disposition().matches(
                "attachment; filename=\"cx-CX-hyperlink-[a-z0-9-]+-2026-responses\\.csv\"; "
                        + "filename\\*=UTF-8''cx-CX-hyperlink-[a-z0-9-]+-2026%20%D0%92%D0%B5%D1%81%D0%BD%D0%B0-responses\\.csv"));

        List<CSVRecord> records = csv(download);
        assertEquals("two header rows and three responses", 5, records.size());
        CSVRecord keys = records.get(0);
        assertEquals(List.of("response", "department", "round", "submitted", "respondent", "strategy-leader"),
                keys.toList().subList(0, 6));
        assertEquals("comments", keys.get(keys.size() - 1));
        assertEquals(19 + 6, keys.size());
        assertEquals("Respondent", records.get(1).get(4));
        assertTrue("the second header row holds the question texts", records.get(1).get(5).startsWith("A named senior"));
        for (CSVRecord row : records.subList(2, 5)) {
            assertEquals(keys.size(), row.size());
            assertEquals("a formula-looking name is defused", "'" + department, row.get(1));
            assertEquals("2026 Весна", row.get(2));
            assertEquals(LocalDate.now().getYear(), LocalDate.parse(row.get(3)).getYear());
        }
        CSVRecord maria = records.stream().filter(r -> r.get(4).equals("Maria Member")).findFirst().orElseThrow();
        assertEquals("2", maria.get(5));
        assertEquals("strategy-leader: " + HOSTILE_COMMENT, maria.get(keys.size() - 1));
        CSVRecord second = records.stream().filter(r -> r.get(4).equals("Member 2")).findFirst().orElseThrow();
        assertEquals("3", second.get(5));
        assertEquals("", second.get(keys.size() - 1));

        JsonNode trail = admin().get(API + "/audit?spaceKey=CX&limit=1").json();
        assertEquals("export.responses", trail.get(0).path("action").asText());
    }

    @Test
    public void anAnonymousRoundExportsWithoutRespondentsAndBelowTheMinimumNotAtAll() throws IOException {
        long roundId = answeredRound("Anonymous " + UUID.randomUUID().toString().substring(0, 6), "2026 H2", true);
        List<CSVRecord> records = csv(admin().download(API + "/exports/rounds/" + roundId + "/responses.csv?spaceKey=CX"));
        assertEquals(5, records.size());
        assertFalse(records.get(0).toList().contains("respondent"));
        assertEquals("strategy-leader", records.get(0).get(4));
        for (CSVRecord row : records) {
            assertFalse(row.toList().contains("Maria Member"));
        }

        Http admin = admin();
        Http.Reply d = admin.postJson(API + "/departments", Map.of("spaceKey", "CX",
                "name", "Small " + UUID.randomUUID().toString().substring(0, 6), "setKey", "six-blocks"));
        long small = admin.postJson(API + "/departments/" + d.json().path("key").asText() + "/rounds",
                Map.of("spaceKey", "CX", "name", "2026 H2", "minGroupSize", 3)).json().path("id").asLong();
        Http.as(host.baseUrl(), "member").postJson(API + "/responses",
                AnswerSheets.submission("CX", small, AnswerSheets.answers("six-blocks", q -> 1)));
        Http.Reply refused = admin.get(API + "/exports/rounds/" + small + "/responses.xlsx?spaceKey=CX");
        assertEquals(409, refused.status());
        assertEquals("export-group-too-small", refused.error());
        assertTrue(refused.json().path("message").asText().contains("minimum group size is 3"));
        List<CSVRecord> results = csv(admin.download(API + "/exports/rounds/" + small + "/results.csv?spaceKey=CX"));
        assertEquals("header, labels and the count only", 3, results.size());
        assertEquals("1", results.get(2).get(5));
        assertTrue(results.get(2).get(14).contains("minimum group size is 3"));
        assertEquals("", results.get(2).get(6));
    }

    @Test
    public void responsesAndResultsAsXlsxReadBackWithSheetsNumbersAndDates() throws IOException {
        long roundId = answeredRound("Xlsx " + UUID.randomUUID().toString().substring(0, 6), "2026 H2", false);
        Http.Download download = admin().download(API + "/exports/rounds/" + roundId + "/responses.xlsx?spaceKey=CX");
        assertEquals(200, download.status());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.contentType());
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(download.body()),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = book.getSheets().toList();
            assertEquals(List.of("responses", "questions"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            assertEquals("a header row and three responses", 4, rows.size());
            Row header = rows.get(0);
            assertEquals("response", header.getCell(0).asString());
            assertEquals("respondent", header.getCell(4).asString());
            for (Row row : rows.subList(1, 4)) {
                assertEquals(CellType.NUMBER, row.getCell(3).getType());
                assertEquals(LocalDate.now().getYear(), row.getCell(3).asDate().getYear());
                assertTrue(row.getCell(3).getDataFormatString().contains("yyyy"));
            }
            Row maria = rows.stream().filter(r -> "Maria Member".equals(r.getCell(4).asString())).findFirst().orElseThrow();
            assertEquals(CellType.NUMBER, maria.getCell(5).getType());
            assertEquals(2, maria.getCell(5).asNumber().intValue());
            assertEquals("strategy-leader: " + HOSTILE_COMMENT, maria.getCell(header.getCellCount() - 1).asString());
            List<Row> questions = sheets.get(1).read();
            assertEquals(1 + 19, questions.size());
            assertEquals("strategy-leader", questions.get(1).getCell(0).asString());
        }

        Http.Download results = Http.as(host.baseUrl(), "viewer").download(API + "/exports/rounds/" + roundId
                + "/results.xlsx?spaceKey=CX");
        assertEquals("viewers may read results where everyone who sees the space may", 200, results.status());
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(results.body()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals(1 + 1 + 6 + 19, rows.size());
            assertEquals("median", rows.get(0).getCell(6).asString());
            Row total = rows.get(1);
            assertEquals("total", total.getCell(0).asString());
            assertEquals(CellType.NUMBER, total.getCell(5).getType());
            assertEquals(3, total.getCell(5).asNumber().intValue());
            assertEquals(CellType.BOOLEAN, rows.get(8).getCell(12).getType());
        }
        assertEquals("viewers do not get raw responses", 403, Http.as(host.baseUrl(), "viewer")
                .get(API + "/exports/rounds/" + roundId + "/responses.csv?spaceKey=CX").status());
    }

    @Test
    public void aQuestionSetExportsExactlyAndImportsAsANewVersionOrWithEveryProblem() {
        Http admin = admin();
        Http.Download exported = admin.download(API + "/question-sets/cx-checklist/export?spaceKey=CX");
        assertEquals(200, exported.status());
        assertTrue(exported.disposition().contains("cx-CX-cx-checklist-v1.json"));
        Http.Reply imported = admin.postJson(API + "/question-sets/import?spaceKey=OTHER", exported.text());
        assertEquals("only the admin of OTHER imports there", 404, imported.status());
        imported = admin.postJson(API + "/question-sets/import?spaceKey=CX", exported.text());
        assertEquals(imported.body(), 201, imported.status());
        assertEquals("cx-checklist", imported.json().path("key").asText());
        assertEquals(2, imported.json().path("version").asInt());
        Http.Download v2 = admin.download(API + "/question-sets/cx-checklist/export?spaceKey=CX&versionId="
                + imported.json().path("versionId").asLong());
        assertTrue(v2.text().contains("\"version\": 2") || v2.text().contains("\"version\" : 2"));

        String broken = exported.text().replaceFirst("\"key\": \"cx-checklist\"", "\"key\": \"Bad Key\"")
                .replaceFirst("\"ru\": ", "\"xx\": ");
        Http.Reply refused = admin.postJson(API + "/question-sets/import?spaceKey=CX", broken);
        assertEquals(refused.body(), 400, refused.status());
        assertEquals("invalid-definition", refused.error());
        assertTrue(refused.json().path("problems").size() >= 2);
        assertEquals(refused.json().path("problems").get(0).path("field").asText(), refused.field());
    }
}
