package io.cxmaturity.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.UUID;
import java.util.function.Consumer;
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
        s.append(admin.get(API + "/departments?spaceKey=IMPORT").body());
        s.append(admin.get(API + "/audit?spaceKey=IMPORT&limit=200").body());
        s.append(admin.get(API + "/initiatives?spaceKey=CX").body());
        s.append(admin.get(API + "/question-sets?spaceKey=CX&archived=true").body());
        s.append(admin.get(API + "/question-set-drafts?spaceKey=CX").body());
        s.append(admin.get(API + "/initiatives?spaceKey=IMPORT").body());
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
        table.add(new Bad("draft: roundId not a number", () -> member.get(API + "/drafts?spaceKey=CX&roundId=abc"), 400,
                "not-integer", "roundId"));
        table.add(new Bad("results: roundId not a number", () -> member.get(API + "/results?spaceKey=CX&roundId=1x"), 400,
                "not-integer", "roundId"));
        table.add(new Bad("results: target not a number", () -> member.get(API + "/results?spaceKey=CX&roundId="
                + open.id() + "&target=top"), 400, "not-integer", "target"));
        table.add(new Bad("own response: roundId negative", () -> member.get(API + "/responses/mine?spaceKey=CX&roundId=-3"),
                400, "out-of-range", "roundId"));
        table.add(new Bad("question set: versionId not a number", () -> member.get(API
                + "/question-sets/six-blocks?spaceKey=CX&versionId=latest"), 400, "not-integer", "versionId"));
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
        // block owners
        table.add(new Bad("owner: unknown user", () -> admin.postJson(API + "/owners", Map.of("spaceKey", "CX",
                "setKey", "six-blocks", "blockKey", "strategy", "user", "nobody")), 400, "unknown-user", "user"));
        table.add(new Bad("owner: unknown block", () -> admin.postJson(API + "/owners", Map.of("spaceKey", "CX",
                "setKey", "six-blocks", "blockKey", "finance", "user", "member")), 400, "unknown-block", "blockKey"));
        table.add(new Bad("owner: remove another space's owner id", () -> admin.delete(API + "/owners/999999?spaceKey=CX"),
                404, "owner-not-found", "id"));
        // audit trail
        table.add(new Bad("audit: limit 0", () -> admin.get(API + "/audit?spaceKey=CX&limit=0"), 400, "out-of-range",
                "limit"));
        table.add(new Bad("audit: before as text", () -> admin.get(API + "/audit?spaceKey=CX&before=yesterday"), 400,
                "not-integer", "before"));

        // exports and imports
        table.add(new Bad("export: responses below the minimum group size", () -> admin.get(API + "/exports/rounds/"
                + open.id() + "/responses.csv?spaceKey=CX"), 409, "export-group-too-small", "roundId"));
        table.add(new Bad("export: unknown round", () -> admin.get(API + "/exports/rounds/987654/results.xlsx?spaceKey=CX"),
                404, "round-not-found", "roundId"));
        table.add(new Bad("export: unknown format", () -> admin.get(API + "/exports/rounds/" + open.id()
                + "/results.pdf?spaceKey=CX"), 404, "http-404", null));
        table.add(new Bad("export: set unknown", () -> admin.get(API + "/question-sets/nope/export?spaceKey=CX"), 404,
                "set-not-found", "set"));
        String sixBlocks = new io.cxmaturity.catalog.BuiltInCatalog().find("six-blocks").orElseThrow().json();
        String overlapping = sixBlocks.replaceFirst("\"min\": 20", "\"min\": 15");
        String firstProblem;
        try {
            new io.cxmaturity.catalog.QuestionSetReader().read(overlapping);
            throw new AssertionError("the bands must overlap");
        } catch (io.cxmaturity.catalog.InvalidDefinitionException e) {
            firstProblem = e.problems().get(0).path();
        }
        String firstInDocument = "questionSets[0].definition" + firstProblem.substring(1);
        table.add(new Bad("import set: overlapping bands", () -> admin.postJson(API + "/question-sets/import?spaceKey=CX",
                overlapping), 400, "invalid-definition", firstProblem));
        table.add(new Bad("import set: not JSON", () -> admin.postJson(API + "/question-sets/import?spaceKey=CX",
                "{\"key\":"), 400, "invalid-definition", "$"));
        String moved = sixBlocks.replaceFirst("\"block\": \"strategy\"", "\"block\": \"metrics\"");
        table.add(new Bad("import set: a question moved to another block, not acknowledged",
                () -> admin.postJson(API + "/question-sets/import?spaceKey=CX", moved), 409,
                "comparability-not-acknowledged", "acknowledgeComparability"));
        table.add(new Bad("import set: a new key that is not one", () -> admin.postJson(
                API + "/question-sets/import?spaceKey=CX", sixBlocks.replaceFirst("\"key\": \"six-blocks\"",
                        "\"key\": \"x\"")), 400, "invalid-definition", "$.key"));
        Map<String, Object> set = new LinkedHashMap<>(Map.of("id", 1, "key", "six-blocks", "version", 1,
                "publishedAt", "2026-01-01T00:00:00Z", "definition", sixBlocks));
        Map<String, Object> department = new LinkedHashMap<>(Map.of("id", 1, "key", "sales", "name", "Sales",
                "setKey", "six-blocks", "archived", false, "headcount", 0, "cadenceMonths", 12));
        Map<String, Object> round = new LinkedHashMap<>(Map.of("id", 1, "department", 1, "setVersion", 2,
                "name", "2026 H1", "status", "CLOSED", "anonymous", false, "minGroupSize", 3,
                "createdAt", "2026-01-02T00:00:00Z"));
        Map<String, Object> document = new LinkedHashMap<>(Map.of("format", "cx-maturity-space", "formatVersion", 1,
                "questionSets", List.of(set), "departments", List.of(department), "rounds", List.of(round)));
        table.add(new Bad("import space: malformed document", () -> admin.postJson(API + "/imports/space?spaceKey=IMPORT",
                "{\"format\":"), 400, "malformed-json", null));
        table.add(new Bad("import space: unknown section", () -> admin.postJson(API + "/imports/space?spaceKey=IMPORT",
                Map.of("format", "cx-maturity-space", "formatVersion", 2, "budgets", List.of())), 400,
                "unknown-section", "budgets"));
        table.add(new Bad("import space: initiatives in a version-1 document", () -> admin.postJson(API
                + "/imports/space?spaceKey=IMPORT", Map.of("format", "cx-maturity-space", "formatVersion", 1,
                "initiatives", List.of())), 400, "section-newer-than-format", "initiatives"));
        table.add(new Bad("import space: not a space document", () -> admin.postJson(API
                + "/imports/space?spaceKey=IMPORT", Map.of("key", "six-blocks")), 400, "unknown-section", "key"));
        table.add(new Bad("import space: a newer format", () -> admin.postJson(API + "/imports/space?spaceKey=IMPORT",
                Map.of("format", "cx-maturity-space", "formatVersion", 3)), 400, "unsupported-format-version",
                "formatVersion"));
        Map<String, Object> initiative = new LinkedHashMap<>(Map.of("setKey", "six-blocks", "blockKey", "strategy",
                "department", 1, "title", "Agree the CX ambition", "horizon", 6, "status", "PLANNED", "progress", 0,
                "source", "MANUAL", "version", 3, "createdAt", "2026-01-02T00:00:00Z"));
        initiative.put("updatedAt", "2026-01-03T00:00:00Z");
        Map<String, Object> withRoadmap = with(with(document, "rounds", List.of()), "formatVersion", 2);
        table.add(new Bad("import space: an initiative of a department the document lacks", () -> admin.postJson(
                API + "/imports/space?spaceKey=IMPORT", with(withRoadmap, "initiatives", List.of(initiative,
                        with(initiative, "department", 7)))), 400, "department-not-in-document",
                "initiatives[1].department"));
        table.add(new Bad("import space: an initiative with a script link", () -> admin.postJson(
                API + "/imports/space?spaceKey=IMPORT", with(withRoadmap, "initiatives", List.of(
                        with(initiative, "link", "javascript:alert(1)")))), 400, "invalid-link", "initiatives[0].link"));
        table.add(new Bad("import space: an initiative on an 18-month horizon", () -> admin.postJson(
                API + "/imports/space?spaceKey=IMPORT", with(withRoadmap, "initiatives", List.of(
                        with(initiative, "horizon", 18)))), 400, "not-one-of", "initiatives[0].horizon"));
        table.add(new Bad("import space: a round pinned to a set version the document lacks", () -> admin.postJson(
                API + "/imports/space?spaceKey=IMPORT", document), 400, "set-version-not-in-document",
                "rounds[0].setVersion"));
        table.add(new Bad("import space: a set with overlapping bands", () -> admin.postJson(
                API + "/imports/space?spaceKey=IMPORT", with(document, "questionSets",
                        List.of(with(set, "definition", overlapping)))), 400, "invalid-definition", firstInDocument));
        table.add(new Bad("import space: into a space with data", () -> admin.postJson(
                API + "/imports/space?spaceKey=CX", with(document, "rounds", List.of())), 409, "space-not-empty",
                "spaceKey"));
        table.add(new Bad("import space: over 32 MB", () -> admin.postJson(API + "/imports/space?spaceKey=IMPORT",
                "{\"format\":\"cx-maturity-space\",\"padding\":\"" + "x".repeat(32 * 1024 * 1024) + "\"}"), 413,
                "body-too-large", null));
        table.add(new Bad("import space: as a viewer of IMPORT", () -> Http.as(host.baseUrl(), "viewer").postJson(
                API + "/imports/space?spaceKey=IMPORT", with(document, "rounds", List.of())), 403,
                "space-admin-required", null));
        // roadmap initiatives (space admin)
        Map<String, Object> goodInitiative = new LinkedHashMap<>(Map.of("spaceKey", "CX", "setKey", "six-blocks",
                "blockKey", "strategy", "title", "Define the CX ambition", "horizon", 6, "owner", "member",
                "targetStage", 2, "dueOn", "2027-03-31", "progress", 10));
        goodInitiative.put("link", "/display/CX/Roadmap");
        Http.Reply stored = admin.postJson(API + "/initiatives", goodInitiative);
        assertEquals(stored.body(), 201, stored.status());
        long initiativeId = stored.json().path("id").asLong();
        Map<String, Object> update = with(with(goodInitiative, "status", "IN_PROGRESS"), "version", 1);
        assertEquals(200, admin.putJson(API + "/initiatives/" + initiativeId, update).status());
        assertEquals(201, admin.postJson(API + "/initiatives/from-suggestion", Map.of("spaceKey", "CX",
                "setKey", "cx-programme", "suggestionId", "template:personas")).status());
        table.add(new Bad("initiative: horizon 18", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "horizon", 18)), 400, "not-one-of", "horizon"));
        table.add(new Bad("initiative: progress 101", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "progress", 101)), 400, "out-of-range", "progress"));
        table.add(new Bad("initiative: unknown owner", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "owner", "no-such-user")), 400, "unknown-user", "owner"));
        table.add(new Bad("initiative: unknown block", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "blockKey", "personas")), 400, "unknown-block", "blockKey"));
        table.add(new Bad("initiative: target stage 9", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "targetStage", 9)), 400, "unknown-stage", "targetStage"));
        table.add(new Bad("initiative: due date not a date", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "dueOn", "31.03.2027")), 400, "not-date", "dueOn"));
        table.add(new Bad("initiative: description over 4,000", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "description", "д".repeat(4001))), 400, "too-long", "description"));
        table.add(new Bad("initiative: title over 200", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "title", "t".repeat(201))), 400, "too-long", "title"));
        table.add(new Bad("initiative: javascript link", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "link", "javascript:alert(1)")), 400, "invalid-link", "link"));
        table.add(new Bad("initiative: link over 500", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "link", "https://example.com/" + "p".repeat(490))), 400, "too-long", "link"));
        table.add(new Bad("initiative: unknown status", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "status", "FINISHED")), 400, "not-one-of", "status"));
        table.add(new Bad("initiative: unknown set", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "setKey", "nope")), 404, "set-not-found", "setKey"));
        table.add(new Bad("initiative: unknown department", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "department", "nope")), 404, "department-not-found", "department"));
        table.add(new Bad("initiative: unknown property", () -> admin.postJson(API + "/initiatives",
                with(goodInitiative, "budget", 1000)), 400, "unknown-property", "budget"));
        table.add(new Bad("initiative: stale version", () -> admin.putJson(API + "/initiatives/" + initiativeId,
                with(update, "title", "Overwritten")), 409, "initiative-outdated", "version"));
        table.add(new Bad("initiative: change without version", () -> admin.putJson(API + "/initiatives/"
                + initiativeId, goodInitiative), 400, "required", "version"));
        table.add(new Bad("initiative: change without status", () -> admin.putJson(API + "/initiatives/"
                + initiativeId, with(goodInitiative, "version", 2)), 400, "required", "status"));
        table.add(new Bad("initiative: unknown initiative", () -> admin.putJson(API + "/initiatives/987654",
                with(update, "version", 1)), 404, "initiative-not-found", "id"));
        table.add(new Bad("initiative: through another space", () -> Http.as(host.baseUrl(), "other").putJson(API
                + "/initiatives/" + initiativeId, with(with(update, "spaceKey", "OTHER"), "version", 2)), 404,
                "initiative-not-found", "id"));
        table.add(new Bad("initiative: delete unknown", () -> Http.as(host.baseUrl(), "admin")
                .header("X-Atlassian-Token", "no-check")
                .send("DELETE", API + "/initiatives/987654?spaceKey=CX", null, null), 404, "initiative-not-found", "id"));
        table.add(new Bad("initiatives: horizon 18", () -> member.get(API + "/initiatives?spaceKey=CX&horizon=18"),
                400, "not-one-of", "horizon"));
        table.add(new Bad("initiatives: horizon as text", () -> member.get(API + "/roadmap/board?spaceKey=CX&horizon=soon"),
                400, "not-integer", "horizon"));
        table.add(new Bad("suggestions: neither set nor department",
                () -> admin.get(API + "/initiatives/suggestions?spaceKey=CX"), 400, "required", "setKey"));
        table.add(new Bad("from suggestion: unknown", () -> admin.postJson(API + "/initiatives/from-suggestion",
                Map.of("spaceKey", "CX", "setKey", "six-blocks", "suggestionId", "driver:9:1:strategy")), 404,
                "suggestion-not-found", "suggestionId"));
        table.add(new Bad("from suggestion: already on the roadmap", () -> admin.postJson(API
                + "/initiatives/from-suggestion", Map.of("spaceKey", "CX", "setKey", "cx-programme",
                "suggestionId", "template:personas")), 409, "suggestion-taken", "suggestionId"));
        table.add(new Bad("progress: department missing", () -> member.get(API + "/roadmap/progress?spaceKey=CX"), 400,
                "required", "department"));
        // question-set administration: broken drafts are saved (admins keep their work), publishing refuses them
        String run = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("overlapping bands", brokenDraft(admin, run + "-overlap",
                d -> ((ObjectNode) d.path("stages").get(1).path("band")).put("min", 19)));
        broken.put("gapped bands", brokenDraft(admin, run + "-gap",
                d -> ((ObjectNode) d.path("stages").get(1).path("band")).put("min", 21)));
        broken.put("empty block name in ru", brokenDraft(admin, run + "-ru",
                d -> ((ObjectNode) d.path("blocks").get(0).path("title")).put("ru", " ")));
        broken.put("a question in an unknown block", brokenDraft(admin, run + "-block",
                d -> ((ObjectNode) d.path("questions").get(0)).put("block", "nowhere")));
        broken.put("duplicate question keys", brokenDraft(admin, run + "-dup",
                d -> ((ObjectNode) d.path("questions").get(1)).put("key", d.path("questions").get(0).path("key").asText())));
        broken.put("scale min not below max", brokenDraft(admin, run + "-scale",
                d -> ((ObjectNode) d.path("answerTypes").path("level")).put("min", 5)));
        broken.put("a 2,001-character text", brokenDraft(admin, run + "-long",
                d -> ((ObjectNode) d.path("questions").get(0).path("text")).put("en", "x".repeat(2001))));
        Map<String, String> fields = Map.of("overlapping bands", "$.stages[1].band.min", "gapped bands",
                "$.stages[1].band.min", "empty block name in ru", "$.blocks[0].title.ru", "a question in an unknown block",
                "$.questions[0].block", "duplicate question keys", "$.questions[1].key", "scale min not below max",
                "$.answerTypes.level.max", "a 2,001-character text", "$.questions[0].text.en");
        for (Map.Entry<String, String> b : broken.entrySet()) {
            table.add(new Bad("publish: " + b.getKey(), () -> admin.postJson(API + "/question-sets/" + b.getValue()
                    + "/publish", Map.of("spaceKey", "CX", "version", 2, "acknowledgeComparability", true)), 400,
                    "invalid-definition", fields.get(b.getKey())));
        }
        String edited = broken.get("overlapping bands");
        Object definition = admin.get(API + "/question-sets/" + edited + "/draft?spaceKey=CX").json().path("definition");
        table.add(new Bad("set draft: stale version", () -> admin.putJson(API + "/question-sets/" + edited + "/draft",
                Map.of("spaceKey", "CX", "definition", definition, "version", 1)), 409, "set-draft-outdated", "version"));
        table.add(new Bad("set draft: definition not an object", () -> admin.putJson(API + "/question-sets/" + edited
                + "/draft", Map.of("spaceKey", "CX", "definition", "[]", "version", 2)), 400, "not-object", "definition"));
        table.add(new Bad("set draft: definition over 512 KB", () -> admin.putJson(API + "/question-sets/" + edited
                + "/draft", Map.of("spaceKey", "CX", "definition", Map.of("key", edited, "title", Map.of("en",
                "x".repeat(530_000))), "version", 2)), 413, "definition-too-large", "definition"));
        table.add(new Bad("set draft: unknown set", () -> admin.get(API + "/question-sets/nope/draft?spaceKey=CX"), 404,
                "set-not-found", "set"));
        table.add(new Bad("new set: bad key", () -> admin.postJson(API + "/question-sets", Map.of("spaceKey", "CX",
                "key", "Our Set!", "from", Map.of("setKey", "six-blocks"))), 400, "key-format", "key"));
        table.add(new Bad("new set: key taken", () -> admin.postJson(API + "/question-sets", Map.of("spaceKey", "CX",
                "key", "six-blocks", "from", Map.of("setKey", "contact-centre"))), 409, "set-key-taken", "key"));
        long othersVersion = Http.as(host.baseUrl(), "other").get(API + "/question-sets/six-blocks?spaceKey=OTHER")
                .json().path("versionId").asLong();
        table.add(new Bad("new set: copy of another space's version", () -> admin.postJson(API + "/question-sets",
                Map.of("spaceKey", "CX", "key", "copy-" + run, "from", Map.of("setKey", "six-blocks", "versionId",
                        othersVersion))), 404, "set-not-found", "from.versionId"));
        table.add(new Bad("new set: source set not a text", () -> admin.postJson(API + "/question-sets", Map.of(
                "spaceKey", "CX", "key", "copy-" + run, "from", Map.of("setKey", 7))), 400, "not-text", "from.setKey"));
        table.add(new Bad("new set: from missing", () -> admin.postJson(API + "/question-sets", Map.of("spaceKey", "CX",
                "key", "copy-" + run)), 400, "required", "from"));
        String published = publishedCopy(admin, run + "-pub");
        Object shortened = admin.get(API + "/question-sets/" + published + "/draft?spaceKey=CX").json().path("definition");
        ArrayNode questions = (ArrayNode) ((ObjectNode) shortened).path("questions");
        questions.remove(questions.size() - 1);
        ((ObjectNode) ((ObjectNode) shortened).path("stages").get(4).path("band")).put("max", 90);
        Http.Reply shortDraft = admin.putJson(API + "/question-sets/" + published + "/draft", Map.of("spaceKey", "CX",
                "definition", shortened, "version", 2));
        assertEquals(shortDraft.body(), 200, shortDraft.status());
        table.add(new Bad("publish: a comparability break not acknowledged", () -> admin.postJson(API + "/question-sets/"
                + published + "/publish", Map.of("spaceKey", "CX", "version", 3)), 409,
                "comparability-not-acknowledged", "acknowledgeComparability"));
        table.add(new Bad("publish: acknowledgement as text", () -> admin.postJson(API + "/question-sets/" + published
                + "/publish", Map.of("spaceKey", "CX", "version", 3, "acknowledgeComparability", "yes")), 400,
                "not-boolean", "acknowledgeComparability"));
        table.add(new Bad("preview: unknown language", () -> admin.postJson(API + "/question-sets/" + published
                + "/draft/preview", Map.of("spaceKey", "CX", "language", "de")), 400, "unknown-language", "language"));
        table.add(new Bad("preview: a broken definition", () -> admin.postJson(API + "/question-sets/" + published
                + "/draft/preview", Map.of("spaceKey", "CX", "definition", Map.of("key", published))), 400,
                "invalid-definition", "$.title"));
        table.add(new Bad("comparability: to missing", () -> admin.get(API + "/question-sets/six-blocks/comparability"
                + "?spaceKey=CX&from=1"), 400, "required", "to"));
        table.add(new Bad("archive: a set departments answer", () -> admin.postJson(API
                + "/question-sets/six-blocks/archive", Map.of("spaceKey", "CX")), 409, "set-in-use", "set"));

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

    /** A new set copied from six-blocks with its draft saved broken by {@code edit} (at version 2); its key. */
    private static String brokenDraft(Http admin, String key, Consumer<ObjectNode> edit) {
        Http.Reply created = admin.postJson(API + "/question-sets", Map.of("spaceKey", "CX", "key", key,
                "from", Map.of("setKey", "six-blocks")));
        assertEquals(created.body(), 201, created.status());
        ObjectNode definition = (ObjectNode) created.json().path("definition");
        edit.accept(definition);
        Http.Reply saved = admin.putJson(API + "/question-sets/" + key + "/draft", Map.of("spaceKey", "CX",
                "definition", definition, "version", 1));
        assertEquals(saved.body(), 200, saved.status());
        assertFalse("the broken draft is stored with its problems", saved.json().path("problems").isEmpty());
        return key;
    }

    /** A new set copied from six-blocks and published as version 1; its key. */
    private static String publishedCopy(Http admin, String key) {
        assertEquals(201, admin.postJson(API + "/question-sets", Map.of("spaceKey", "CX", "key", key,
                "from", Map.of("setKey", "six-blocks"))).status());
        Http.Reply published = admin.postJson(API + "/question-sets/" + key + "/publish", Map.of("spaceKey", "CX",
                "version", 1));
        assertEquals(published.body(), 201, published.status());
        return key;
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
