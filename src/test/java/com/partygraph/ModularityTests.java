package com.partygraph;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules depend one way, as each module's {@code package-info.java} declares ({@code allowedDependencies}):
 * graph and problem at the bottom, resolution on them, ingest on resolution, party, query and steward decisions
 * on those, web and security at the edge; no two packages anywhere depend on each other in a circle; and the
 * README's module picture is the one the code has. Writes the module documentation (PlantUML) to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PartyGraphApplication.class);

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.partygraph");

    @Test
    void modulesDependOnlyOnTheModulesTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void noPackageCycles() {
        slices().matching("com.partygraph.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theReadmePictureShowsTheModulesAsTheyDepend() throws IOException {
        Set<String> actual = new TreeSet<>();
        for (ApplicationModule module : MODULES) {
            module.getDirectDependencies(MODULES)
                    .uniqueModules()
                    .forEach(target -> actual.add(module.getIdentifier() + " --> " + target.getIdentifier()));
        }
        Set<String> drawn = new TreeSet<>();
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README has a mermaid module picture").isTrue();
        Matcher edge = Pattern.compile("^\\s*(\\w+) --> (\\w+)\\s*$", Pattern.MULTILINE)
                .matcher(block.group(1));
        while (edge.find()) {
            drawn.add(edge.group(1) + " --> " + edge.group(2));
        }
        assertThat(drawn).as("the README's module picture (Architecture)").isEqualTo(actual);
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
