package io.relance.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bytes of attached files, on the local disk under {@code <data dir>/files/<workspace>/<id>}. */
@Component
class FileStore {

    private final Path root;

    FileStore(@Value("${relance.data-dir}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().resolve("files");
    }

    /** Writes atomically: a crash leaves either the whole file or nothing under its final name. */
    void write(UUID workspace, UUID id, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(root.resolve(workspace.toString()));
            Path temp = Files.createTempFile(dir, id.toString(), ".part");
            Files.write(temp, bytes);
            Files.move(temp, dir.resolve(id.toString()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store file " + id, e);
        }
    }

    InputStream read(UUID workspace, UUID id) {
        try {
            return Files.newInputStream(root.resolve(workspace.toString()).resolve(id.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read file " + id, e);
        }
    }

    void delete(UUID workspace, UUID id) {
        try {
            Files.deleteIfExists(root.resolve(workspace.toString()).resolve(id.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete file " + id, e);
        }
    }
}
