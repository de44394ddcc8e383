package io.cxmaturity.macro;

import io.cxmaturity.port.Texts;
import io.cxmaturity.service.ServiceException;

import java.util.HashMap;
import java.util.Map;

/** Soy data for a refused macro: a message readers understand, never a stack trace. */
final class MacroProblem {
    private MacroProblem() {
    }

    static Map<String, Object> data(ServiceException e, Texts texts) {
        String message;
        switch (e.kind()) {
            case UNAUTHENTICATED:
                message = texts.get("cx-maturity.macro.problem.login");
                break;
            case FORBIDDEN:
                message = texts.get("cx-maturity.macro.problem.forbidden");
                break;
            default:
                message = texts.get("cx-maturity.error." + e.code(), e.arguments().toArray());
        }
        Map<String, Object> data = new HashMap<>();
        data.put("message", message);
        return data;
    }
}
