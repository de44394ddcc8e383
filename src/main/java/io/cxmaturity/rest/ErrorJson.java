package io.cxmaturity.rest;

/**
 * The body of every error: a stable code for scripts, a message in the caller's language, and the field of
 * the request it concerns (or null).
 */
public record ErrorJson(String error, String message, String field) {
}
