package io.cxmaturity.domain;

import java.time.LocalDate;

/**
 * A reminder to answer, as the mail shows it: to whom, which round of which department, until when, where
 * the form is ({@code link}: a path in Confluence or an http(s) address), and whether answers are anonymous.
 */
public record Reminder(Recipient recipient, String spaceKey, String roundName, String departmentName,
                       LocalDate closesOn, String link, boolean anonymous) {
}
