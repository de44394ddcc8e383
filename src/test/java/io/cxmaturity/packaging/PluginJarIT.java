package io.cxmaturity.packaging;

import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The packaged plugin, as Confluence will receive it: only the plugin's own classes and resources (plus the
 * XLSX writer, embedded as jars), and an OSGi manifest that imports what the plugin uses from Confluence and
 * exports nothing.
 */
public class PluginJarIT {
    private static JarFile jar;
    private static List<String> entries;
    private static Attributes manifest;

    @BeforeClass
    public static void open() throws IOException {
        jar = new JarFile(System.getProperty("cx.jar"));
        entries = Collections.list(jar.entries()).stream().map(e -> e.getName()).collect(Collectors.toList());
        manifest = jar.getManifest().getMainAttributes();
    }

    @Test
    public void holdsOnlyThePluginsOwnClasses() {
        List<String> foreign = entries.stream().filter(e -> e.endsWith(".class"))
                .filter(e -> !e.startsWith("io/cxmaturity/") || e.startsWith("io/cxmaturity/host/"))
                .collect(Collectors.toList());
        assertEquals("stand-in, host or third-party classes in the jar", List.of(), foreign);
        assertTrue(entries.contains("io/cxmaturity/macro/AssessmentMacro.class"));
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("com/atlassian/")));
    }

    @Test
    public void holdsTheDescriptorBundlesTemplatesWebResourcesAndCatalog() throws IOException {
        for (String required : List.of("atlassian-plugin.xml", "i18n/cx-maturity.properties",
                "i18n/cx-maturity_ru.properties", "i18n/cx-maturity_uk.properties", "templates/assessment.soy",
                "templates/common.soy", "js/assessment.js", "css/cx-maturity.css", "images/cx-maturity-icon.png",
                "catalog/six-blocks.json", "catalog/question-set.schema.json", "META-INF/spring/plugin-context.xml",
                "META-INF/spring/plugin-imports.xml")) {
            assertTrue(required + " is in the jar", entries.contains(required));
        }
        String descriptor = new String(jar.getInputStream(jar.getEntry("atlassian-plugin.xml")).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue("the descriptor is filtered", descriptor.contains("key=\"io.cxmaturity.cx-maturity\""));
        assertFalse(descriptor.contains("${"));
    }

    @Test
    public void everyClassTheDescriptorAndSpringFilesNameIsPackaged() throws IOException {
        List<String> names = new ArrayList<>();
        for (String file : List.of("atlassian-plugin.xml", "META-INF/spring/plugin-context.xml")) {
            String xml = new String(jar.getInputStream(jar.getEntry(file)).readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?:class=\"|<entity>)(io\\.cxmaturity\\.[A-Za-z0-9_.]+)").matcher(xml);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertTrue(names.size() > 10);
        for (String name : names) {
            assertTrue(name + " is packaged", entries.contains(name.replace('.', '/') + ".class"));
        }
    }

    @Test
    public void manifestDeclaresThePluginAndItsImports() {
        assertEquals("io.cxmaturity.cx-maturity", manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals("io.cxmaturity.cx-maturity", manifest.getValue("Bundle-SymbolicName"));
        assertEquals("*", manifest.getValue("Spring-Context"));
        assertNull("the plugin exports nothing", manifest.getValue("Export-Package"));
        List<String> imports = packages(manifest.getValue("Import-Package"));
        for (String required : List.of("com.atlassian.activeobjects.external", "com.atlassian.confluence.macro",
                "com.atlassian.confluence.content.render.xhtml", "com.atlassian.confluence.security",
                "com.atlassian.confluence.spaces", "com.atlassian.confluence.user", "com.atlassian.sal.api.user",
                "com.atlassian.sal.api.message", "com.atlassian.sal.api.transaction", "com.atlassian.soy.renderer",
                "com.atlassian.webresource.api.assembler", "com.atlassian.plugins.rest.api.security.annotation",
                "javax.ws.rs", "javax.ws.rs.core", "javax.inject", "net.java.ao", "net.java.ao.schema",
                "com.fasterxml.jackson.databind")) {
            assertTrue(required + " is imported: " + imports, imports.contains(required));
        }
        for (String imported : imports) {
            assertFalse("java.* is never imported: " + imported, imported.startsWith("java."));
            assertFalse("the plugin does not import itself: " + imported, imported.startsWith("io.cxmaturity"));
            assertTrue("nothing surprising is imported: " + imported, Set.of("com", "net", "javax", "org")
                    .contains(imported.substring(0, imported.indexOf('.'))));
        }
        assertTrue(manifest.getValue("Import-Package").contains("javax.ws.rs;version=\"[2.0.0,3.0.0)\""));
    }

    @Test
    public void embedsTheXlsxWriterAsJarsOnTheBundleClassPathWithoutImportingIt() throws IOException {
        List<String> embedded = entries.stream().filter(e -> e.startsWith("META-INF/lib/") && e.endsWith(".jar"))
                .collect(Collectors.toList());
        assertTrue("fastexcel is embedded: " + embedded,
                embedded.stream().anyMatch(e -> e.matches("META-INF/lib/fastexcel-[0-9.]+\\.jar")));
        assertTrue("opczip, which fastexcel writes its zip with, is embedded: " + embedded,
                embedded.stream().anyMatch(e -> e.matches("META-INF/lib/opczip-[0-9.]+\\.jar")));
        List<String> classPath = packages(manifest.getValue("Bundle-ClassPath"));
        assertEquals(".", classPath.get(0));
        for (String jarName : embedded) {
            assertTrue(jarName + " is on the Bundle-ClassPath: " + classPath, classPath.contains(jarName));
            try (java.util.jar.JarInputStream inner = new java.util.jar.JarInputStream(
                    jar.getInputStream(jar.getEntry(jarName)))) {
                assertNotNull(jarName + " is a jar", inner.getNextJarEntry());
            }
        }
        String writer = embedded.stream().filter(e -> e.contains("fastexcel")).findFirst().orElseThrow();
        try (java.util.jar.JarInputStream inner = new java.util.jar.JarInputStream(jar.getInputStream(jar.getEntry(writer)))) {
            boolean found = false;
            for (java.util.jar.JarEntry e; (e = inner.getNextJarEntry()) != null; ) {
                found |= e.getName().equals("org/dhatim/fastexcel/Workbook.class");
            }
            assertTrue("the embedded jar holds the writer", found);
        }
        List<String> imports = packages(manifest.getValue("Import-Package"));
        for (String imported : imports) {
            assertFalse("the embedded library is not imported: " + imported,
                    imported.startsWith("org.dhatim") || imported.startsWith("com.github.rzymek"));
        }
        assertFalse("inlined library classes would bypass the guard",
                entries.stream().anyMatch(e -> e.startsWith("org/") || e.startsWith("com/github/")));
    }

    @Test
    public void theJarIsSmall() throws IOException {
        long size = Files.size(Path.of(System.getProperty("cx.jar")));
        assertNotNull(jar.getManifest());
        assertTrue("plugin jar is " + size + " bytes", size < 2_000_000);
    }

    /** Package names of an OSGi header, without attributes. */
    static List<String> packages(String header) {
        List<String> list = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                list.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        list.add(current.toString());
        return list.stream().map(p -> Arrays.stream(p.split(";")).findFirst().orElse("").trim())
                .filter(p -> !p.isEmpty()).collect(Collectors.toList());
    }
}
