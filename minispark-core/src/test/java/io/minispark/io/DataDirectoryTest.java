package io.minispark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minispark.errors.ErrorCode;
import io.minispark.errors.MinisparkException;
import io.minispark.types.DataType;
import io.minispark.types.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    @TempDir
    Path temp;

    DataDirectory data;

    @BeforeEach
    void createTables() throws IOException {
        Files.writeString(temp.resolve("users.csv"), "id,name\n1,ann\n");
        Files.writeString(temp.resolve("orders.csv"), "order_id,amount\n7,2.5\n");
        Files.writeString(temp.resolve("notes.txt"), "not a table\n");
        Files.createDirectory(temp.resolve("empty_folder"));
        Files.createDirectory(temp.resolve(".hidden"));
        try (NativeTableWriter writer = new NativeTableWriter(temp.resolve("events"), SchemaDeclaration.parse("kind STRING, at TIMESTAMP"))) {
            writer.commit();
        }
        data = new DataDirectory(temp);
    }

    @Test
    void listsCsvFilesAndNativeTablesSorted() {
        assertThat(data.listTables()).containsExactly("events", "orders", "users");
    }

    @Test
    void aBareNameFindsACsvFileAndInfersItsSchema() {
        TableRef users = data.resolve("users");
        assertThat(users.name()).isEqualTo("users");
        assertThat(users.format()).isEqualTo(TableFormat.CSV);
        assertThat(users.path()).isEqualTo(temp.resolve("users.csv").toAbsolutePath().toString());
        assertThat(users.schema()).isEqualTo(SchemaDeclaration.parse("id INT, name STRING"));
    }

    @Test
    void aBareNameFindsANativeTableWithItsStoredSchema() {
        TableRef events = data.resolve("events");
        assertThat(events.format()).isEqualTo(TableFormat.NATIVE);
        assertThat(events.schema().types()).containsExactly(DataType.STRING, DataType.TIMESTAMP);
    }

    @Test
    void nativeWinsOverCsvOfTheSameName() throws IOException {
        Files.writeString(temp.resolve("events.csv"), "x\n1\n");
        assertThat(data.resolve("events").format()).isEqualTo(TableFormat.NATIVE);
    }

    @Test
    void namesResolveIgnoringCase() {
        assertThat(data.resolve("USERS").name()).isEqualTo("users");
    }

    @Test
    void pathsResolveAbsoluteAndRelativeToTheDataDirectory() {
        assertThat(data.resolve(temp.resolve("orders.csv").toString()).name()).isEqualTo("orders");
        assertThat(data.resolve("orders.csv").format()).isEqualTo(TableFormat.CSV);
        assertThat(data.resolve("./events").format()).isEqualTo(TableFormat.NATIVE);
        assertThat(data.resolve(temp.resolve("events").toString()).name()).isEqualTo("events");
    }

    @Test
    void relativePathsFallBackToTheWorkingDirectory() throws IOException {
        Path elsewhere = Files.createTempFile(Path.of("").toAbsolutePath(), "minispark-test-", ".csv");
        try {
            Files.writeString(elsewhere, "a\n1\n");
            DataDirectory other = new DataDirectory(temp.resolve("empty_folder"));
            TableRef table = other.resolve(elsewhere.getFileName().toString());
            assertThat(table.format()).isEqualTo(TableFormat.CSV);
            assertThat(table.path()).isEqualTo(elsewhere.toAbsolutePath().toString());
        } finally {
            Files.deleteIfExists(elsewhere);
        }
    }

    @Test
    void aMissingTableSuggestsTheClosestNames() {
        assertThatThrownBy(() -> data.resolve("user"))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TABLE_NOT_FOUND))
                .hasMessageContainingAll("\"user\"", "did you mean users?");
        assertThatThrownBy(() -> data.resolve("oredrs")).hasMessageContaining("did you mean orders?");
    }

    @Test
    void aMissingTableWithNothingCloseListsTheTables() {
        assertThatThrownBy(() -> data.resolve("zzzzzzzz"))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TABLE_NOT_FOUND))
                .hasMessageContaining("events, orders, users");
    }

    @Test
    void foldersWithoutPartFilesAndOtherFilesAreNotTablesByName() {
        assertThatThrownBy(() -> data.resolve("empty_folder")).isInstanceOf(MinisparkException.class);
        assertThatThrownBy(() -> data.resolve("notes")).isInstanceOf(MinisparkException.class);
        assertThatThrownBy(() -> data.resolve("/"))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TABLE_NOT_FOUND));
        assertThatThrownBy(() -> data.resolve("missing/path.csv"))
                .isInstanceOfSatisfying(MinisparkException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TABLE_NOT_FOUND));
    }

    @Test
    void inferredSchemasAreRefreshedWhenTheFileChanges() throws IOException {
        Schema before = data.resolve("users").schema();
        Files.writeString(temp.resolve("users.csv"), "id,name,score\n1,ann,2.5\n");
        Files.setLastModifiedTime(temp.resolve("users.csv"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(data.resolve("users").schema()).isNotEqualTo(before).extracting(Schema::size).isEqualTo(3);
    }
}
