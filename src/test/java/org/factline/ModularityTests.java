package org.factline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FactlineApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
        modules.verify();
    }

    /**
     * Spring Modulith's diagrams (the dependencies in code), then one diagram of every module's
     * dependencies, those through the SQL it runs on another module's tables too (declared in its
     * {@code allowedDependencies}), dashed. (No module canvases: Spring Modulith 2.0.3 cannot read back
     * the Javadoc it extracted when a comment quotes a phrase holding a comma.)
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        var diagram =
                new StringBuilder("@startuml\ntitle Factline's modules: solid in code, dashed through SQL only\n");
        modules.forEach(module ->
                diagram.append("component ").append(module.getIdentifier()).append('\n'));
        modules.forEach(module -> {
            var inCode = names(module.getDirectDependencies(modules).uniqueModules());
            var declared = names(module.getAllowedDependencies(modules).stream()
                    .map(ApplicationModule.AllowedDependency::getTargetModule));
            inCode.forEach(target -> edge(diagram, module, target, "-->"));
            declared.stream()
                    .filter(target -> !inCode.contains(target))
                    .forEach(target -> edge(diagram, module, target, "..>"));
        });
        diagram.append("@enduml\n");
        var file = Path.of("target", "spring-modulith-docs", "modules-with-sql.puml");
        Files.writeString(file, diagram);

        assertThat(Files.readString(file)).contains("timeline ..> account", "report --> claim", "export ..> claim");
    }

    private static TreeSet<String> names(java.util.stream.Stream<ApplicationModule> modules) {
        return modules.map(module -> module.getIdentifier().toString())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static void edge(StringBuilder diagram, ApplicationModule from, String to, String arrow) {
        diagram.append(from.getIdentifier())
                .append(' ')
                .append(arrow)
                .append(' ')
                .append(to)
                .append('\n');
    }
}
