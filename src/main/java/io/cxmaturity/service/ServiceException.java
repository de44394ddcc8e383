package io.cxmaturity.service;

import io.cxmaturity.domain.Violation;

import java.util.List;

/**
 * A request the product refuses, with what kind of refusal it is (adapters turn that into an HTTP status or
 * a message), a code for translation ({@code cx-maturity.error.<code>}), its arguments and the field concerned.
 */
public class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Kind {
        /** The input broke a rule (400). */
        INVALID,
        /** Nobody is logged in and the action needs a user (401). */
        UNAUTHENTICATED,
        /** The user may not do this here (403). */
        FORBIDDEN,
        /** The thing asked for does not exist here (404). */
        NOT_FOUND,
        /** The state does not allow it: round closed, already submitted, changed meanwhile (409). */
        CONFLICT,
        /** The request body is larger than the endpoint accepts (413). */
        TOO_LARGE
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private final transient List<Object> arguments;

    public ServiceException(Kind kind, String code, String field, Object... arguments) {
        super(code + (field == null ? "" : " (" + field + ")"));
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public static ServiceException invalid(Violation violation) {
        return new ServiceException(Kind.INVALID, violation.code(), violation.field(), violation.arguments().toArray());
    }

    public static ServiceException invalid(String code, String field, Object... arguments) {
        return new ServiceException(Kind.INVALID, code, field, arguments);
    }

    public static ServiceException notFound(String code, String field, Object... arguments) {
        return new ServiceException(Kind.NOT_FOUND, code, field, arguments);
    }

    public static ServiceException forbidden(String code) {
        return new ServiceException(Kind.FORBIDDEN, code, null);
    }

    public static ServiceException unauthenticated() {
        return new ServiceException(Kind.UNAUTHENTICATED, "login-required", null);
    }

    public static ServiceException conflict(String code, String field, Object... arguments) {
        return new ServiceException(Kind.CONFLICT, code, field, arguments);
    }

    public static ServiceException tooLarge(int limitBytes) {
        return new ServiceException(Kind.TOO_LARGE, "body-too-large", null, limitBytes);
    }

    /** A part of the request (not the whole body) is larger than the limit it states. */
    public static ServiceException tooLarge(String code, String field, Object... arguments) {
        return new ServiceException(Kind.TOO_LARGE, code, field, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
