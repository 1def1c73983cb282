package org.convlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md §2, checked on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.convlab");
    }

    @Test
    void onlyUiAndCliUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.convlab.ui..", "org.convlab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void engineDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.convlab.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.convlab.explain..", "org.convlab.data..", "org.convlab.train..", "org.convlab.lesson..",
                        "org.convlab.ui..", "org.convlab.cli..", "org.convlab.storage..", "org.convlab.text..")
                .check(classes);
    }

    @Test
    void explainUsesOnlyTheEngine() {
        noClasses().that().resideInAPackage("org.convlab.explain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.convlab.data..", "org.convlab.train..", "org.convlab.lesson..",
                        "org.convlab.ui..", "org.convlab.cli..")
                .check(classes);
    }

    @Test
    void dataUsesOnlyTheEngine() {
        noClasses().that().resideInAPackage("org.convlab.data..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.convlab.explain..", "org.convlab.train..", "org.convlab.lesson..",
                        "org.convlab.ui..", "org.convlab.cli..")
                .check(classes);
    }

    @Test
    void trainUsesEngineAndData() {
        noClasses().that().resideInAPackage("org.convlab.train..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.convlab.explain..", "org.convlab.lesson..", "org.convlab.ui..", "org.convlab.cli..")
                .check(classes);
    }

    @Test
    void lessonsDoNotReachUiTrainingOrCli() {
        noClasses().that().resideInAPackage("org.convlab.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.convlab.data..", "org.convlab.train..", "org.convlab.ui..", "org.convlab.cli..")
                .check(classes);
    }

    @Test
    void storageIsALeaf() {
        noClasses().that().resideInAPackage("org.convlab.storage..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.convlab.engine..", "org.convlab.explain..", "org.convlab.data..", "org.convlab.train..",
                        "org.convlab.lesson..", "org.convlab.ui..", "org.convlab.cli..")
                .check(classes);
    }

    @Test
    void textIsALeaf() {
        noClasses().that().resideInAPackage("org.convlab.text..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.convlab.engine..", "org.convlab.explain..", "org.convlab.data..", "org.convlab.train..",
                        "org.convlab.lesson..", "org.convlab.storage..", "org.convlab.ui..", "org.convlab.cli..")
                .check(classes);
    }

    @Test
    void uiDoesNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage("org.convlab.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.convlab.cli..")
                .check(classes);
    }
}
