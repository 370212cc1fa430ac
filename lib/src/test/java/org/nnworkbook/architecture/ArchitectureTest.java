// The library's package rules, checked on the compiled classes: no cycles, and who may use the internal package.
package org.nnworkbook.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape lib/README.md describes: packages form a tree of uses with no cycle (a student reading
 * {@code Matrix} never has to read {@code Initializer} to understand it), and {@code nn.internal} (kernels
 * and argument checks on plain arrays and numbers) depends on nothing of ours and is used only inside
 * {@code org.nnworkbook.nn}: plotting, data and the facade go through the public API.
 */
@AnalyzeClasses(packages = "org.nnworkbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.nnworkbook.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule internalIsUsedOnlyByTheNnPackages = noClasses()
            .that().resideOutsideOfPackage("org.nnworkbook.nn..")
            .should().dependOnClassesThat().resideInAPackage("org.nnworkbook.nn.internal..")
            .because("nn.internal is not API: plot, data and the facade use the public classes");

    @ArchTest
    static final ArchRule internalDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.nnworkbook.nn.internal..")
            .should().dependOnClassesThat(resideInAPackage("org.nnworkbook..")
                    .and(not(resideInAPackage("org.nnworkbook.nn.internal.."))))
            .because("the kernels and checks work on arrays and numbers, so no package of ours can form a cycle"
                    + " through them");
}
