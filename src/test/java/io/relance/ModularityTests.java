package io.relance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: each module uses only the others' root packages, and no cycles. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RelanceApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Writes the module map to docs/modules in a stable order: the documenter lists relations in no fixed order, so
     * each run of relation lines is sorted, and a file is rewritten only when its content changed.
     */
    @Test
    void writesTheModuleMap() throws IOException {
        Path drafts = Files.createTempDirectory("relance-modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drafts.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Path target = Path.of("docs", "modules");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(drafts)) {
            for (Path draft : files.toList()) {
                String stable = sortedRelations(Files.readAllLines(draft));
                Path doc = target.resolve(draft.getFileName().toString());
                if (!Files.exists(doc) || !Files.readString(doc).equals(stable)) {
                    Files.writeString(doc, stable);
                }
                Files.delete(draft);
            }
        }
        Files.delete(drafts);
    }

    static String sortedRelations(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> cell = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            // a canvas cell's bullet list ("|* a", "* b", ...) also comes in no fixed order
            if (line.startsWith("|* ") || (!cell.isEmpty() && line.startsWith("* "))) {
                cell.add(line.startsWith("|") ? line.substring(1) : line);
                continue;
            }
            flushCell(cell, out);
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        flushCell(cell, out);
        return String.join("\n", out) + "\n";
    }

    private static void flushCell(List<String> cell, List<String> out) {
        if (cell.isEmpty()) {
            return;
        }
        cell.sort(null);
        out.add("|" + cell.get(0));
        out.addAll(cell.subList(1, cell.size()));
        cell.clear();
    }
}
