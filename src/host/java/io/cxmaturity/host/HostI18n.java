package io.cxmaturity.host;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's i18n bundles resolved in the current user's locale, as Confluence's I18nResolver and the Soy
 * getText function do: a missing translation falls back to the English bundle, a missing key to the key.
 */
public final class HostI18n implements I18nResolver {
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles;

    HostI18n(List<String> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    /** The raw text of a key in a locale, or null. */
    String raw(Locale locale, String key) {
        for (String base : bundles) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(base, locale, HostI18n.class.getClassLoader(),
                        NO_DEFAULT_LOCALE);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return null;
    }

    public String text(Locale locale, String key, Object... arguments) {
        String pattern = raw(locale, key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    @Override
    public String getText(String key) {
        return text(RequestContext.current().locale(), key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return text(RequestContext.current().locale(), key, (Object[]) arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return text(locale == null ? Locale.ENGLISH : locale, key, (Object[]) arguments);
    }
}
