package io.cxmaturity.rest;

import io.cxmaturity.domain.Round;
import io.cxmaturity.host.Host;
import io.cxmaturity.testing.AnswerSheets;
import io.cxmaturity.testing.Http;
import io.cxmaturity.testing.TestHosts;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Bad input to every endpoint: each gets the right 4xx with a JSON error naming the field, and changes
 * nothing (the counts of what each call could have created are compared before and after). Text that users
 * type, however hostile, is stored as written and comes back escaped on pages.
 */
public class ApiBadInputHostTest {
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

    /** What the database holds, to show a refused call stored nothing. */
    private static String state() {
        StringBuilder s = new StringBuilder();
        Http admin = Http.as(host.baseUrl(), "admin");
        s.append(admin.get(API + "/departments?spaceKey=CX").body());
        s.append(admin.get(API + "/settings?spaceKey=CX").body());
        s.append(admin.get(API + "/audit?spaceKey=CX&limit=200").body());
        for (var d : admin.get(API + "/departments?spaceKey=CX").json()) {
            s.append(admin.get(API + "/departments/" + d.path("key").asText() + "/rounds?spaceKey=CX").body());
        }
        return s.toString();
    }

    private record Bad(String name, Supplier<Http.Reply> call, int status, String error, String field) {
    }

    @Test
    public void everyBadRequestIsRefusedWithTheFieldNamedAndNothingChanges() {
        Round open = TestHosts.freshRound(host, "six-blocks", false, 3);
        Round closed = TestHosts.close(host, TestHosts.freshRound(host, "six-blocks", false, 3));
        Round submitted = TestHosts.freshRound(host, "six-blocks", false, 3);
        Http member = Http.as(host.baseUrl(), "member");
        Http admin = Http.as(host.baseUrl(), "admin");
        assertEquals(201, member.postJson(API + "/responses", AnswerSheets.submission("CX", submitted.id(),
                AnswerSheets.answers("six-blocks", q -> 1))).status());
        String responseId = member.get(API + "/responses/mine?spaceKey=CX&roundId=" + submitted.id()).json()
                .path("response").path("id").asText();
        Round laterClosed = TestHosts.freshRound(host, "six-blocks", false, 3);
        assertEquals(201, member.postJson(API + "/responses", AnswerSheets.submission("CX", laterClosed.id(),
                AnswerSheets.answers("six-blocks", q -> 1))).status());
        String closedResponseId = member.get(API + "/responses/mine?spaceKey=CX&roundId=" + laterClosed.id()).json()
                .path("response").path("id").asText();
        TestHosts.close(host, laterClosed);
        String dept = admin.get(API + "/departments?spaceKey=CX").json().get(0).path("key").asText();
        Map<String, Object> goodSettings = new LinkedHashMap<>(Map.of("spaceKey", "CX", "visibility", "ALL_VIEWERS",
                "groups", List.of(), "minGroupSize", 5, "defaultLanguage", "en"));

        List<Bad> table = new ArrayList<>();
        // drafts
        table.add(new Bad("draft: unknown question", () -> member.putJson(API + "/drafts", Map.of("spaceKey", "CX",
                "roundId", open.id(), "answers", List.of(Map.of("question", "nope", "value", 1)))), 400,
                "unknown-question", "answers[0].question"));
        table.add(new Bad("draft: closed round", () -> member.putJson(API + "/drafts", Map.of("spaceKey", "CX",
                "roundId", closed.id(), "answers", List.of())), 409, "round-closed", "roundId"));
        table.add(new Bad("draft: after submitting", () -> member.putJson(API + "/drafts", Map.of("spaceKey", "CX",
                "roundId", submitted.id(), "answers", List.of())), 409, "already-submitted", "roundId"));
        table.add(new Bad("draft: roundId missing", () -> member.get(API + "/drafts?spaceKey=CX"), 400, "required",
                "roundId"));
        table.add(new Bad("draft: roundId not a number", () -> member.get(API + "/drafts?spaceKey=CX&roundId=abc"), 404,
                "http-404", null));
        // responses
        table.add(new Bad("answers to another set's version", () -> member.postJson(API + "/responses",
                AnswerSheets.submission("CX", open.id(), AnswerSheets.answers("contact-centre", q -> 3))), 400,
                "unknown-question", "answers[0].question"));
        table.add(new Bad("revise: closed round", () -> member.putJson(API + "/responses/" + closedResponseId,
                Map.of("spaceKey", "CX", "answers", AnswerSheets.answers("six-blocks", q -> 2))), 409, "round-closed",
                "roundId"));
        table.add(new Bad("revise: incomplete", () -> member.putJson(API + "/responses/" + responseId,
                Map.of("spaceKey", "CX", "answers", List.of(Map.of("question", "strategy-leader", "value", 2)))), 400,
                "missing-answers", "answers"));
        table.add(new Bad("revise: unknown response", () -> member.putJson(API + "/responses/no-such-id",
                Map.of("spaceKey", "CX", "answers", AnswerSheets.answers("six-blocks", q -> 2))), 404,
                "response-not-found", "id"));
        table.add(new Bad("revise: in another space", () -> member.putJson(API + "/responses/" + responseId,
                Map.of("spaceKey", "OTHER", "answers", AnswerSheets.answers("six-blocks", q -> 2))), 404,
                "space-not-found", "spaceKey"));
        table.add(new Bad("mine: unknown round", () -> member.get(API + "/responses/mine?spaceKey=CX&roundId=987654"),
                404, "round-not-found", "roundId"));
        // results
        table.add(new Bad("results: neither round nor department", () -> member.get(API + "/results?spaceKey=CX"), 400,
                "round-or-department", "roundId"));
        table.add(new Bad("results: unknown stage as target",
                () -> member.get(API + "/results?spaceKey=CX&roundId=" + open.id() + "&target=9"), 400, "unknown-stage",
                "target"));
        table.add(new Bad("results: round of another space",
                () -> Http.as(host.baseUrl(), "other").get(API + "/results?spaceKey=OTHER&roundId=" + open.id()), 404,
                "round-not-found", "roundId"));
        table.add(new Bad("results: unknown department",
                () -> member.get(API + "/results?spaceKey=CX&department=nope"), 404, "department-not-found",
                "department"));
        table.add(new Bad("departments view: set missing",
                () -> member.get(API + "/results/departments?spaceKey=CX"), 400, "required", "setKey"));
        table.add(new Bad("trend: department missing", () -> member.get(API + "/results/trend?spaceKey=CX"), 400,
                "required", "department"));
        table.add(new Bad("question set: unknown", () -> member.get(API + "/question-sets/nope?spaceKey=CX"), 404,
                "set-not-found", "set"));
        table.add(new Bad("question set: version of another set",
                () -> member.get(API + "/question-sets/cx-checklist?spaceKey=CX&versionId=1"), 404, "set-not-found",
                "versionId"));
        table.add(new Bad("unknown space in a query", () -> member.get(API + "/question-sets?spaceKey=NOPE"), 404,
                "space-not-found", "spaceKey"));
        // departments and rounds (space admin)
        table.add(new Bad("department change: cadence of 3 months", () -> admin.putJson(API + "/departments/" + dept,
                Map.of("spaceKey", "CX", "cadenceMonths", 3)), 400, "not-one-of", "cadenceMonths"));
        table.add(new Bad("department change: unknown group", () -> admin.putJson(API + "/departments/" + dept,
                Map.of("spaceKey", "CX", "respondentGroup", "no-such-group")), 400, "unknown-group", "respondentGroup"));
        table.add(new Bad("department change: blank name", () -> admin.putJson(API + "/departments/" + dept,
                Map.of("spaceKey", "CX", "name", " ")), 400, "required", "name"));
        table.add(new Bad("department change: archived as text", () -> admin.putJson(API + "/departments/" + dept,
                Map.of("spaceKey", "CX", "archived", "yes")), 400, "not-boolean", "archived"));
        table.add(new Bad("department change: unknown department", () -> admin.putJson(API + "/departments/nope",
                Map.of("spaceKey", "CX", "name", "X")), 404, "department-not-found", "department"));
        table.add(new Bad("department: empty name", () -> admin.postJson(API + "/departments",
                Map.of("spaceKey", "CX", "name", "   ", "setKey", "six-blocks")), 400, "required", "name"));
        table.add(new Bad("department: name over 100", () -> admin.postJson(API + "/departments",
                Map.of("spaceKey", "CX", "name", "x".repeat(101), "setKey", "six-blocks")), 400, "too-long", "name"));
        table.add(new Bad("department: unknown set", () -> admin.postJson(API + "/departments",
                Map.of("spaceKey", "CX", "name", "Legal", "setKey", "nope")), 404, "set-not-found", "set"));
        table.add(new Bad("department: negative headcount", () -> admin.postJson(API + "/departments",
                Map.of("spaceKey", "CX", "name", "Legal", "setKey", "six-blocks", "headcount", -3)), 400,
                "out-of-range", "headcount"));
        table.add(new Bad("department: unknown property", () -> admin.postJson(API + "/departments",
                Map.of("spaceKey", "CX", "name", "Legal", "setKey", "six-blocks", "owner", "me")), 400,
                "unknown-property", "owner"));
        table.add(new Bad("round: empty name", () -> admin.postJson(API + "/departments/" + dept + "/rounds",
                Map.of("spaceKey", "CX", "name", "")), 400, "required", "name"));
        table.add(new Bad("round: minimum group size 0", () -> admin.postJson(API + "/departments/" + dept + "/rounds",
                Map.of("spaceKey", "CX", "name", "2027 H1", "minGroupSize", 0)), 400, "out-of-range", "minGroupSize"));
        table.add(new Bad("round: dates out of order", () -> admin.postJson(API + "/departments/" + dept + "/rounds",
                Map.of("spaceKey", "CX", "name", "2027 H1", "opensOn", "2027-03-01", "closesOn", "2027-02-01")), 400,
                "dates-out-of-order", "closesOn"));
        table.add(new Bad("round: not a date", () -> admin.postJson(API + "/departments/" + dept + "/rounds",
                Map.of("spaceKey", "CX", "name", "2027 H1", "opensOn", "1 March")), 400, "not-date", "opensOn"));
        table.add(new Bad("round: anonymous as text", () -> admin.postJson(API + "/departments/" + dept + "/rounds",
                Map.of("spaceKey", "CX", "name", "2027 H1", "anonymous", "yes")), 400, "not-boolean", "anonymous"));
        table.add(new Bad("round: second open round", () -> admin.postJson(API + "/departments/customer-service/rounds",
                Map.of("spaceKey", "CX", "name", "2027 H1")), 409, "round-already-open", "departmentId"));
        table.add(new Bad("round: unknown department", () -> admin.postJson(API + "/departments/nope/rounds",
                Map.of("spaceKey", "CX", "name", "2027 H1")), 404, "department-not-found", "department"));
        table.add(new Bad("close: unknown round", () -> admin.postJson(API + "/rounds/987654/close",
                Map.of("spaceKey", "CX")), 404, "round-not-found", "roundId"));
        // round edit and reminders
        String editOpen = API + "/rounds/" + open.id();
        table.add(new Bad("round edit: dates out of order", () -> admin.putJson(editOpen, Map.of("spaceKey", "CX",
                "opensOn", "2027-03-01", "closesOn", "2027-02-01")), 400, "dates-out-of-order", "closesOn"));
        table.add(new Bad("round edit: minimum group size 0", () -> admin.putJson(editOpen, Map.of("spaceKey", "CX",
                "minGroupSize", 0)), 400, "out-of-range", "minGroupSize"));
        table.add(new Bad("round edit: empty name", () -> admin.putJson(editOpen, Map.of("spaceKey", "CX",
                "name", " ")), 400, "required", "name"));
        table.add(new Bad("round edit: anonymity switched on after a response", () -> admin.putJson(API + "/rounds/"
                + submitted.id(), Map.of("spaceKey", "CX", "anonymous", true)), 409, "anonymity-locked", "anonymous"));
        table.add(new Bad("round edit: unknown round", () -> admin.putJson(API + "/rounds/987654",
                Map.of("spaceKey", "CX", "name", "x")), 404, "round-not-found", "roundId"));
        table.add(new Bad("round edit: another space's round", () -> Http.as(host.baseUrl(), "other").putJson(editOpen,
                Map.of("spaceKey", "OTHER", "name", "x")), 404, "round-not-found", "roundId"));
        table.add(new Bad("round edit: reminders not an object", () -> admin.putJson(editOpen, Map.of("spaceKey", "CX",
                "reminders", 7)), 400, "not-object", "reminders"));
        table.add(new Bad("round edit: reminders every 91 days", () -> admin.putJson(editOpen, Map.of("spaceKey", "CX",
                "reminders", Map.of("everyDays", 91))), 400, "out-of-range", "reminders.everyDays"));
        table.add(new Bad("round edit: reminders enabled as text", () -> admin.putJson(editOpen, Map.of("spaceKey", "CX",
                "reminders", Map.of("enabled", "yes"))), 400, "not-boolean", "reminders.enabled"));
        table.add(new Bad("round edit: reminders with an unknown property", () -> admin.putJson(editOpen,
                Map.of("spaceKey", "CX", "reminders", Map.of("hourly", true))), 400, "unknown-property",
                "reminders.hourly"));
        table.add(new Bad("round edit: reminders on without a day", () -> admin.putJson(editOpen, Map.of("spaceKey", "CX",
                "reminders", Map.of("enabled", true))), 400, "reminders-need-a-day", "reminders.everyDays"));
        table.add(new Bad("round edit: last call without a closing day", () -> admin.putJson(editOpen,
                Map.of("spaceKey", "CX", "reminders", Map.of("daysBeforeClose", 3))), 400, "needs-closing-day",
                "reminders.daysBeforeClose"));
        table.add(new Bad("round edit: a script as the form page", () -> admin.putJson(editOpen, Map.of("spaceKey", "CX",
                "formPageUrl", "javascript:alert(1)")), 400, "not-a-page-url", "formPageUrl"));
        table.add(new Bad("round edit: closing day as text", () -> admin.putJson(editOpen, Map.of("spaceKey", "CX",
                "closesOn", "31 March")), 400, "not-date", "closesOn"));
        table.add(new Bad("remind: closed round", () -> admin.postJson(API + "/rounds/" + closed.id() + "/reminders",
                Map.of("spaceKey", "CX")), 409, "round-closed", "roundId"));
        table.add(new Bad("remind: department without a respondent group", () -> admin.postJson(editOpen + "/reminders",
                Map.of("spaceKey", "CX")), 409, "no-respondent-group", "respondentGroup"));
        table.add(new Bad("remind: no mail server", () -> admin.postJson(API + "/rounds/"
                + TestHosts.demoRound(host).id() + "/reminders", Map.of("spaceKey", "CX")), 409, "mail-server-missing",
                null));
        table.add(new Bad("remind: unknown round", () -> admin.postJson(API + "/rounds/987654/reminders",
                Map.of("spaceKey", "CX")), 404, "round-not-found", "roundId"));
        table.add(new Bad("remind: unknown property", () -> admin.postJson(editOpen + "/reminders",
                Map.of("spaceKey", "CX", "force", true)), 400, "unknown-property", "force"));
        table.add(new Bad("reminder status: unknown round", () -> admin.get(API + "/rounds/987654/reminders?spaceKey=CX"),
                404, "round-not-found", "roundId"));
        // settings
        table.add(new Bad("settings: unknown visibility", () -> admin.putJson(API + "/settings",
                with(goodSettings, "visibility", "EVERYONE")), 400, "not-one-of", "visibility"));
        table.add(new Bad("settings: groups without a group", () -> admin.putJson(API + "/settings",
                with(goodSettings, "visibility", "GROUPS")), 400, "groups-required", "groups"));
        table.add(new Bad("settings: minimum group size 101", () -> admin.putJson(API + "/settings",
                with(goodSettings, "minGroupSize", 101)), 400, "out-of-range", "minGroupSize"));
        table.add(new Bad("settings: unknown language", () -> admin.putJson(API + "/settings",
                with(goodSettings, "defaultLanguage", "de")), 400, "unknown-language", "defaultLanguage"));
        table.add(new Bad("settings: group name too long", () -> admin.putJson(API + "/settings",
                with(with(goodSettings, "visibility", "GROUPS"), "groups", List.of("g".repeat(256)))), 400, "too-long",
                "groups"));
        table.add(new Bad("settings: minGroupSize as text", () -> admin.putJson(API + "/settings",
                with(goodSettings, "minGroupSize", "five")), 400, "not-integer", "minGroupSize"));
        // audit trail
        table.add(new Bad("audit: limit 0", () -> admin.get(API + "/audit?spaceKey=CX&limit=0"), 400, "out-of-range",
                "limit"));
        table.add(new Bad("audit: before as text", () -> admin.get(API + "/audit?spaceKey=CX&before=yesterday"), 400,
                "not-integer", "before"));

        assertTrue("at least 30 bad inputs besides the submission table", table.size() >= 30);
        String before = state();
        List<String> wrong = new ArrayList<>();
        for (Bad bad : table) {
            Http.Reply reply = bad.call().get();
            String problem = null;
            if (reply.status() != bad.status()) {
                problem = reply.status() + " instead of " + bad.status();
            } else if (!reply.contentType().startsWith("application/json")) {
                problem = "not JSON: " + reply.contentType();
            } else if (!bad.error().equals(reply.error())) {
                problem = "error " + reply.error() + " instead of " + bad.error();
            } else if (bad.field() != null && !bad.field().equals(reply.field())) {
                problem = "field " + reply.field() + " instead of " + bad.field();
            } else if (reply.json().path("message").asText("").isBlank()) {
                problem = "no message";
            }
            if (problem != null) {
                wrong.add(bad.name() + ": " + problem + " " + reply.body());
            }
        }
        assertEquals("refusals that were not right", List.of(), wrong);
        assertEquals("the refused calls changed nothing", before, state());
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    @Test
    public void hostileTextIsStoredAsWrittenAndEscapedOnPages() {
        String name = "<img src=x onerror=alert(1)> Продажи 🙂 مبيعات' OR 1=1; --";
        Http admin = Http.as(host.baseUrl(), "admin");
        Http.Reply created = admin.postJson(API + "/departments", Map.of("spaceKey", "CX", "name", name,
                "setKey", "six-blocks"));
        assertEquals(created.body(), 201, created.status());
        assertEquals(name, created.json().path("name").asText());
        String key = created.json().path("key").asText();
        assertTrue("a safe key is made from the name: " + key, key.matches("[a-z0-9-]+"));
        Round round = TestHosts.freshRound(host, "six-blocks", false, 3);
        List<Map<String, Object>> answers = AnswerSheets.answers("six-blocks", q -> 3);
        Map<String, Object> first = new LinkedHashMap<>(answers.get(0));
        first.put("comment", "<script>alert('x')</script> \u202Eevil\u202C 🙂 '; DROP TABLE responses; --");
        answers.set(0, first);
        Http.Reply submitted = Http.as(host.baseUrl(), "member").postJson(API + "/responses",
                AnswerSheets.submission("CX", round.id(), answers));
        assertEquals(submitted.body(), 201, submitted.status());
        assertEquals(first.get("comment"), submitted.json().path("answers").get(0).path("comment").asText());

        String page = Http.as(host.baseUrl(), "admin").get("/display/CX/Departments+side+by+side").body();
        assertTrue("the name is shown escaped", page.contains("&lt;img src=x onerror=alert(1)&gt; Продажи"));
        assertFalse("and never as markup", page.contains("<img src=x"));
        assertTrue(Http.as(host.baseUrl(), "member").get("/rest/cx-maturity/1.0/question-sets?spaceKey=CX").status() == 200);
    }
}
