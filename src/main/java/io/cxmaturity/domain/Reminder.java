package io.cxmaturity.domain;

import java.time.LocalDate;

/**
 * A reminder to answer, as the mail shows it: to whom, which round of which department, until when, and
 * where the form is ({@code link}: a path in Confluence or an http(s) address).
 */
public record Reminder(Recipient recipient, String spaceKey, String roundName, String departmentName,
                       LocalDate closesOn, String link) {
}
