package io.cxmaturity.persistence;

import io.cxmaturity.domain.AuditEntry;
import io.cxmaturity.port.AuditLog;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link AuditLog} must do, on the fake and on Active Objects: entries come back whole, newest
 * first, per space, paged by id; over-long text is shortened rather than refused.
 */
public abstract class AuditLogContract {
    protected abstract AuditLog log();

    protected abstract String freshSpace();

    private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123Z");

    @Test
    @NonTransactional
    public void entriesComeBackWholeNewestFirstAndOnlyForTheirSpace() {
        String space = freshSpace();
        AuditEntry first = log().append(new AuditEntry(0, space, AT, "key-ann", "department.create", "sales",
                "Продажі · six-blocks"));
        AuditEntry second = log().append(new AuditEntry(0, space, AT.plusSeconds(5), "key-bob", "round.open",
                "sales · 2026 H1", null));
        log().append(new AuditEntry(0, freshSpace(), AT, "key-ann", "settings.update", "X", "elsewhere"));

        assertTrue(first.id() > 0 && second.id() > first.id());
        assertEquals(List.of(second, first), log().recent(space, 10, 0));
        assertEquals(new AuditEntry(first.id(), space, AT, "key-ann", "department.create", "sales",
                "Продажі · six-blocks"), log().recent(space, 10, 0).get(1));
    }

    @Test
    @NonTransactional
    public void pagesGoBackByIdAndStopAtTheLimit() {
        String space = freshSpace();
        for (int i = 0; i < 7; i++) {
            log().append(new AuditEntry(0, space, AT.plusSeconds(i), "key-ann", "owner.add", "block-" + i, null));
        }
        List<AuditEntry> page1 = log().recent(space, 3, 0);
        List<AuditEntry> page2 = log().recent(space, 3, page1.get(2).id());
        List<AuditEntry> page3 = log().recent(space, 3, page2.get(2).id());

        assertEquals(List.of("block-6", "block-5", "block-4"), subjects(page1));
        assertEquals(List.of("block-3", "block-2", "block-1"), subjects(page2));
        assertEquals(List.of("block-0"), subjects(page3));
    }

    @Test
    @NonTransactional
    public void overLongTextIsShortenedNotRefusedAndTheLongestAllowedIsStoredWhole() {
        String space = freshSpace();
        String detail = "😀".repeat(AuditEntry.MAX_DETAIL);
        AuditEntry stored = log().append(AuditEntry.of(space, AT, "key-ann", "set.publish", "s".repeat(400),
                detail));

        AuditEntry read = log().recent(space, 1, 0).get(0);
        assertEquals(stored, read);
        assertTrue(read.subject().length() <= AuditEntry.MAX_SUBJECT);
        assertTrue(read.detail().length() <= AuditEntry.MAX_DETAIL);
        assertTrue(read.detail().endsWith("…"));
        assertTrue("no broken surrogate pair", read.detail().codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
    }

    private static List<String> subjects(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::subject).collect(Collectors.toList());
    }
}
