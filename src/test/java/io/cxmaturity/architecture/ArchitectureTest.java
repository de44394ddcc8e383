package io.cxmaturity.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.runner.RunWith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of DESIGN.md: a plain core (domain, catalog, port, service) and thin adapters that never use
 * each other; each Atlassian API stays in the adapter it belongs to; plugin code never uses the host.
 * Only the plugin's main classes are imported (the host and the tests live in test-classes).
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "io.cxmaturity", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {
    private static final String[] CORE = {"io.cxmaturity.domain..", "io.cxmaturity.catalog..", "io.cxmaturity.port..",
            "io.cxmaturity.service.."};
    private static final String[] FRAMEWORKS = {"com.atlassian..", "net.java.ao..", "javax.ws.rs..", "javax.servlet..",
            "javax.inject..", "org.springframework.."};
    private static final String[] ADAPTERS = {"io.cxmaturity.persistence..", "io.cxmaturity.confluence..",
            "io.cxmaturity.rest..", "io.cxmaturity.macro..", "io.cxmaturity.admin.."};

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the core carries the product's logic and must run without Confluence");

    @ArchTest
    static final ArchRule coreDoesNotUseAdapters = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS);

    @ArchTest
    static final ArchRule domainDependsOnNothingElse = noClasses().that().resideInAPackage("io.cxmaturity.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cxmaturity.catalog..", "io.cxmaturity.port..",
                    "io.cxmaturity.service..", "com.fasterxml..");

    @ArchTest
    static final ArchRule adaptersDoNotUseEachOther = slices().matching("io.cxmaturity.(persistence|confluence|rest|macro|admin)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule onlyPersistenceTouchesActiveObjectsAndSql = noClasses()
            .that().resideOutsideOfPackage("io.cxmaturity.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..",
                    "com.atlassian.sal.api.transaction..", "com.atlassian.sal.api.rdbms..", "java.sql..");

    @ArchTest
    static final ArchRule onlyRestTouchesJaxRs = noClasses().that().resideOutsideOfPackage("io.cxmaturity.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.ws.rs..", "com.atlassian.plugins.rest..");

    @ArchTest
    static final ArchRule restUsesNoOtherAtlassianApi = noClasses().that().resideInAPackage("io.cxmaturity.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.confluence..", "com.atlassian.sal..",
                    "com.atlassian.soy..", "com.atlassian.webresource..", "com.atlassian.user..");

    @ArchTest
    static final ArchRule reportDrawsFromTheDomainOnly = classes().that().resideInAPackage("io.cxmaturity.report..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.cxmaturity.report..",
                    "io.cxmaturity.domain..", "java..", "javax.imageio..")
            .because("charts are drawn the same for the page, the REST answer and the export, from scores alone");

    @ArchTest
    static final ArchRule exportWritesFilesFromServiceTablesOnly = classes().that()
            .resideInAPackage("io.cxmaturity.export..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.cxmaturity.export..", "io.cxmaturity.service..",
                    "java..", "org.dhatim.fastexcel..")
            .because("CSV and XLSX are formats of tables the services decided; the XLSX library stays in here");

    @ArchTest
    static final ArchRule coreDoesNotWriteFiles = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("io.cxmaturity.export..", "org.dhatim..");

    @ArchTest
    static final ArchRule viewsAreFrameworkFree = noClasses().that().resideInAPackage("io.cxmaturity.view..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .orShould().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("the page, the REST preview and exports share one view of a form and of a result");

    @ArchTest
    static final ArchRule coreDoesNotDraw = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAPackage("io.cxmaturity.report..");

    @ArchTest
    static final ArchRule nothingUsesTheHost = noClasses().should().dependOnClassesThat()
            .resideInAPackage("io.cxmaturity.host..")
            .because("the host plays Confluence in tests and demos and is never packaged");
}
