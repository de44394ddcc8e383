package io.cxmaturity.confluence;

import com.atlassian.sal.api.message.I18nResolver;
import io.cxmaturity.port.Texts;

import java.io.Serializable;

/** The product's texts through SAL's resolver, in the current user's language. */
public class SalTexts implements Texts {
    private final I18nResolver i18n;

    public SalTexts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String get(String key, Object... arguments) {
        Serializable[] args = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            args[i] = argument instanceof Serializable ? (Serializable) argument : String.valueOf(argument);
        }
        return args.length == 0 ? i18n.getText(key) : i18n.getText(key, args);
    }
}
