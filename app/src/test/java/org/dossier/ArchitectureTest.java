package org.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/** The rooms of docs/ARCHITECTURE.md and the doors between them. */
@AnalyzeClasses(packages = "org.dossier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("org.dossier")
            .layer("Front ends").definedBy("org.dossier.ui..", "org.dossier.cli..", "org.dossier.bench..")
            .layer("Wiring").definedBy("org.dossier.app..")
            .layer("Services").definedBy("org.dossier.ingest..", "org.dossier.search..", "org.dossier.extract..",
                    "org.dossier.timeline..", "org.dossier.attribution..", "org.dossier.export..", "org.dossier.graph..",
                    "org.dossier.team..")
            .layer("Store").definedBy("org.dossier.store..")
            .layer("Model").definedBy("org.dossier.model..")
            .layer("Text").definedBy("org.dossier.text..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Front ends").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Wiring").mayOnlyBeAccessedByLayers("Launcher", "Front ends")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Launcher", "Front ends", "Wiring")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Launcher", "Front ends", "Wiring", "Services")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Launcher", "Front ends", "Wiring", "Services", "Store")
            .whereLayer("Text").mayOnlyBeAccessedByLayers("Launcher", "Front ends", "Wiring", "Services", "Store", "Model");

    @ArchTest
    static final ArchRule textDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.dossier.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dossier.model..", "org.dossier.store..", "org.dossier.ingest..",
                    "org.dossier.export..", "org.dossier.extract..", "org.dossier.search..", "org.dossier.app..");

    @ArchTest
    static final ArchRule theLeakGateSharesNoCodeWithTheRedactor = noClasses().that().resideInAPackage("org.dossier.export.gate..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.dossier..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("org.dossier.export.gate..")));

    @ArchTest
    static final ArchRule theCommandLineDoesNotKnowTheWindow = noClasses().that().resideInAPackage("org.dossier.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.dossier.ui..");

    @ArchTest
    static final ArchRule theWindowDoesNotKnowTheCommandLine = noClasses().that().resideInAPackage("org.dossier.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.dossier.cli..");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses().that().resideOutsideOfPackages("org.dossier.ui..", "org.dossier")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..", "org.reactfx..");

    @ArchTest
    static final ArchRule onlyTheStoreUsesSql = noClasses().that().resideOutsideOfPackage("org.dossier.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyTheTikaAdapterUsesTika = noClasses().that().resideOutsideOfPackage("org.dossier.ingest.tika..")
            .and().resideOutsideOfPackage("org.dossier.app..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.tika..");

    @ArchTest
    static final ArchRule onlyTheHanlpAdapterUsesHanlp = noClasses().that().resideOutsideOfPackage("org.dossier.extract.hanlp..")
            .should().dependOnClassesThat().resideInAPackage("com.hankcs..");

    @ArchTest
    static final ArchRule theModelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.dossier.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dossier.store..", "org.dossier.ingest..",
                    "org.dossier.search..", "org.dossier.cli..", "org.dossier.ui..", "org.dossier.app..");

    private static final String[] FRONT_ENDS = {"org.dossier.ui..", "org.dossier.cli..", "org.dossier.bench.."};

    /** The front ends open and close a case; everything else they do goes through a service, the same for both. */
    @ArchTest
    static final ArchRule frontEndsUseTheStoreOnlyToOpenAndCloseACase = noClasses().that().resideInAnyPackage(FRONT_ENDS)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.dossier.store..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameStartingWith("CaseFile")))
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("EntityChangeException"))))
            .orShould().callMethodWhere(DescribedPredicate.describe("a method of CaseFile but open, openOrCreate, close and path",
                    call -> call.getTargetOwner().getName().equals("org.dossier.store.CaseFile")
                            && !Set.of("open", "openOrCreate", "close", "path").contains(call.getName())));

    @ArchTest
    static final ArchRule theWindowsRoomsHaveNoCycles = slices().matching("org.dossier.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.dossier.(*)..").should().beFreeOfCycles();
}
