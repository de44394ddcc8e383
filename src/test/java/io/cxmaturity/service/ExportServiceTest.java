package io.cxmaturity.service;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.ResultsVisibility;
import io.cxmaturity.domain.Round;
import io.cxmaturity.testing.Sheets;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** A round's responses and results as tables: who may have them, what they hold, and the minimum group size. */
public class ExportServiceTest {
    private final Services s = new Services();

    private void answerWithComment(String user, Round round, int points, String comment) {
        s.users.actAs(user);
        List<Answer> answers = new ArrayList<>(Sheets.all(s.sets.version("CX", round.setVersionId()).orElseThrow()
                .set(), points));
        Answer first = answers.get(0);
        answers.set(0, new Answer(first.questionKey(), first.value(), false, comment));
        s.assessments.submit("CX", round.id(), answers);
        s.users.actAs(null);
    }

    @Test
    public void responsesOfANamedRoundHaveOneRowPerRespondentWithNamesNumbersAndComments() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        answerWithComment("ann", round, 2, "=HYPERLINK(\"x\")");
        s.answer("bob", round, 3);
        s.answer("cat", round, 4);
        s.users.actAs("boss");
        Workbook book = s.exports.responses("CX", round.id(), "csv");

        Workbook.Sheet sheet = book.sheets().get(0);
        assertEquals(List.of("response", "department", "round", "submitted", "respondent", "strategy-leader"),
                sheet.keys().subList(0, 6));
        assertEquals("comments", sheet.keys().get(sheet.keys().size() - 1));
        assertEquals(19 + 6, sheet.keys().size());
        assertEquals("cx-maturity.export.column.respondent", sheet.labels().get(4));
        assertEquals(3, sheet.rows().size());
        List<Object> ann = sheet.rows().get(0);
        assertEquals("ANN", ann.get(4));
        assertEquals("Sales", ann.get(1));
        assertEquals("2026 H2", ann.get(2));
        assertEquals(LocalDate.of(2026, 11, 2), ann.get(3));
        assertEquals("scale points are numbers", 2, ann.get(5));
        assertEquals("strategy-leader: =HYPERLINK(\"x\")", ann.get(ann.size() - 1));
        assertNull(sheet.rows().get(1).get(ann.size() - 1));
        assertEquals(List.of("responses", "questions"), book.sheets().stream().map(Workbook.Sheet::name).toList());
        assertTrue(book.name().startsWith("cx-CX-sales-2026 H2-responses"));
        assertEquals("export.responses", s.auditLog.recent("CX", 1, 0).get(0).action());
    }

    @Test
    public void notApplicableIsMarked() {
        Round round = s.openRound("Centre", "contact-centre", false, 1);
        s.users.actAs("ann");
        List<Answer> answers = new ArrayList<>(Sheets.all(s.sets.version("CX", round.setVersionId()).orElseThrow()
                .set(), 3));
        answers.replaceAll(a -> a.questionKey().equals("processes-event-management")
                ? Answer.notApplicable(a.questionKey()) : a);
        s.assessments.submit("CX", round.id(), answers);
        s.users.actAs("boss");
        Workbook.Sheet sheet = s.exports.responses("CX", round.id(), "csv").sheets().get(0);
        List<Object> row = sheet.rows().get(0);
        assertEquals(ExportService.NOT_APPLICABLE, row.get(sheet.keys().indexOf("processes-event-management")));
        assertEquals("the first question, rated 3", 3, row.get(5));
    }

    @Test
    public void anAnonymousRoundHasNoRespondentColumnAndRowsInRandomIdOrder() {
        Round round = s.openRound("Centre", "six-blocks", true, 3);
        for (String u : List.of("ann", "bob", "cat", "dan")) {
            s.answer(u, round, 3);
        }
        s.users.actAs("boss");
        Workbook.Sheet sheet = s.exports.responses("CX", round.id(), "xlsx").sheets().get(0);
        assertFalse(sheet.keys().contains("respondent"));
        assertEquals(4, sheet.rows().size());
        List<String> ids = sheet.rows().stream().map(r -> (String) r.get(0)).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        for (List<Object> row : sheet.rows()) {
            for (Object cell : row) {
                String text = String.valueOf(cell).toLowerCase(java.util.Locale.ROOT);
                for (String who : List.of("ann", "bob", "cat", "dan")) {
                    assertFalse("no trace of " + who + " in " + row, text.equals(who) || text.contains("key-" + who));
                }
            }
        }
    }

    @Test
    public void responsesBelowTheMinimumGroupSizeAreRefusedAndNothingIsAudited() {
        Round round = s.openRound("Sales", "six-blocks", true, 3);
        s.answer("ann", round, 2);
        s.answer("bob", round, 3);
        s.users.actAs("boss");
        int before = s.auditLog.recent("CX", 100, 0).size();
        try {
            s.exports.responses("CX", round.id(), "csv");
            fail("two responses identify their authors");
        } catch (ServiceException e) {
            assertEquals(ServiceException.Kind.CONFLICT, e.kind());
            assertEquals("export-group-too-small", e.code());
            assertEquals(List.of(2, 3), e.arguments());
        }
        assertEquals(before, s.auditLog.recent("CX", 100, 0).size());
    }

    @Test
    public void onlySpaceAdminsExportResponses() {
        Round round = s.openRound("Sales", "six-blocks", false, 1);
        s.answer("ann", round, 2);
        s.users.actAs("ann");
        try {
            s.exports.responses("CX", round.id(), "csv");
            fail("a viewer");
        } catch (ServiceException e) {
            assertEquals(ServiceException.Kind.FORBIDDEN, e.kind());
        }
    }

    @Test
    public void resultsBelowTheMinimumHoldTheCountAndTheNoteOnly() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.answer("ann", round, 2);
        s.answer("bob", round, 3);
        s.users.actAs("ann");
        Workbook.Sheet sheet = s.exports.results("CX", round.id()).sheets().get(0);
        assertEquals(1, sheet.rows().size());
        List<Object> row = sheet.rows().get(0);
        assertEquals("total", row.get(0));
        assertEquals(2, row.get(5));
        assertEquals(List.of(), row.subList(6, 14).stream().filter(c -> c != null).toList());
        assertEquals("cx-maturity.export.suppressed[2, 3]", row.get(14));
    }

    @Test
    public void resultsHoldTheSpreadPerSetBlockAndQuestion() {
        Round round = s.openRound("Sales", "six-blocks", false, 3);
        s.answer("ann", round, 2);
        s.answer("bob", round, 3);
        s.answer("cat", round, 4);
        s.users.actAs("ann");
        Workbook.Sheet sheet = s.exports.results("CX", round.id()).sheets().get(0);
        assertEquals(List.of("level", "key", "block", "title", "unit", "n", "median", "iqr", "mean", "min", "max",
                "stage", "disagreement", "notApplicable", "note"), sheet.keys());
        assertEquals(1 + 6 + 19, sheet.rows().size());
        List<Object> total = sheet.rows().get(0);
        assertEquals(List.of("total", "six-blocks"), total.subList(0, 2));
        assertEquals(3, total.get(5));
        assertEquals(57.0, total.get(6));
        assertEquals("Q3 − Q1 of 38, 57, 76 (linear quartiles)", 19.0, total.get(7));
        assertEquals(38.0, total.get(9));
        assertEquals(76.0, total.get(10));
        assertEquals("Initiatives", total.get(11));
        List<Object> block = sheet.rows().get(1);
        assertEquals(List.of("block", "strategy"), block.subList(0, 2));
        assertEquals("percent", block.get(4));
        List<Object> question = sheet.rows().get(7);
        assertEquals(List.of("question", "strategy-leader", "strategy"), question.subList(0, 3));
        assertEquals(3.0, question.get(6));
        assertEquals(false, question.get(12));
        assertEquals(0, question.get(13));
    }

    @Test
    public void resultsFollowTheSpacesResultsVisibility() {
        Round round = s.openRound("Sales", "six-blocks", false, 1);
        s.answer("ann", round, 2);
        s.users.actAs("boss");
        s.settings.update("CX", ResultsVisibility.ADMINS_AND_OWNERS, List.of(), 5, "en");
        s.users.actAs("bob");
        try {
            s.exports.results("CX", round.id());
            fail("results are hidden from viewers");
        } catch (ServiceException e) {
            assertEquals("results-hidden", e.code());
        }
        s.users.actAs("boss");
        assertEquals(1 + 6 + 19, s.exports.results("CX", round.id()).sheets().get(0).rows().size());
    }
}
