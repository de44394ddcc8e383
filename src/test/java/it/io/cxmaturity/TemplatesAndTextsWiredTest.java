package it.io.cxmaturity;

import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Inside a real Confluence: the plugin's Soy templates compile with Confluence's own Soy (the 2014 fork the
 * host can only approximate) and its i18n bundles load in all three languages.
 */
@RunWith(AtlassianPluginsTestRunner.class)
public class TemplatesAndTextsWiredTest {
    private final SoyTemplateRenderer soy;
    private final I18nResolver i18n;

    public TemplatesAndTextsWiredTest(SoyTemplateRenderer soy, I18nResolver i18n) {
        this.soy = soy;
        this.i18n = i18n;
    }

    @Test
    public void templatesRenderWithConfluencesSoyAndEscapeText() {
        String html = soy.render("io.cxmaturity.cx-maturity:soy-templates", "CxMaturity.Templates.Common.problem",
                Map.of("message", "<script>x</script>"));
        assertTrue(html, html.contains("cx-problem"));
        assertTrue(html, html.contains("&lt;script&gt;"));
    }

    @Test
    public void textsExistInEnglishRussianAndUkrainian() {
        assertEquals("Submit answers", i18n.getText(Locale.ENGLISH, "cx-maturity.form.submit"));
        assertEquals("Отправить ответы", i18n.getText(Locale.forLanguageTag("ru"), "cx-maturity.form.submit"));
        assertEquals("Надіслати відповіді", i18n.getText(Locale.forLanguageTag("uk"), "cx-maturity.form.submit"));
    }
}
