// The grader's package rules, checked on the compiled classes: no cycles, a self-contained api, cli on top.
package org.nnworkbook.grader.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape grader/README.md describes: the grader's packages form a tree of uses with no cycle;
 * {@code api}, the only package hidden tests compile against, uses no other grader package (the JDK,
 * JUnit and the library's check wording only), so an assignment author reads it alone; and {@code cli},
 * the command line, sits on top where nothing else reaches it.
 */
@AnalyzeClasses(packages = "org.nnworkbook.grader", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.nnworkbook.grader.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule apiUsesNoOtherGraderPackage = classes()
            .that().resideInAPackage("org.nnworkbook.grader.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.nnworkbook.grader.api..", "java..", "org.junit..", "org.nnworkbook.check..")
            .because("hidden tests compile against api alone; the grader hands them sessions through"
                    + " api.SessionSource, which it implements");

    @ArchTest
    static final ArchRule cliIsUsedByNothingElse = noClasses()
            .that().resideOutsideOfPackage("org.nnworkbook.grader.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.nnworkbook.grader.cli..")
            .because("the command line is the top layer: the grader's work is callable without it");
}
