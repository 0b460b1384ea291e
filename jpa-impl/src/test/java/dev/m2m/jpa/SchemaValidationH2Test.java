package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.m2m.core.schema.MigratedDataSource;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Hibernate checks its mapping against the migrated schema at start, and never creates a table. */
class SchemaValidationH2Test {

    @Test
    void shouldRefuseToStartOnADatabaseThatWasNeverMigrated() {
        try (var empty = pool("jdbc:h2:mem:never-migrated;DB_CLOSE_DELAY=-1")) {
            assertThatThrownBy(() -> JpaRegistrar.create(empty).close())
                    .hasStackTraceContaining("Schema validation: missing table");
        }
    }

    @Test
    void shouldRefuseToStartWhenAMappedColumnIsMissing() throws SQLException {
        try (var altered = pool("jdbc:h2:mem:altered;DB_CLOSE_DELAY=-1")) {
            MigratedDataSource.migrate(altered);
            try (var connection = altered.getConnection(); var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE course DROP COLUMN capacity");
            }

            assertThatThrownBy(() -> JpaRegistrar.create(altered).close())
                    .hasStackTraceContaining("missing column [capacity]");
        }
    }

    private static HikariDataSource pool(String url) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        return new HikariDataSource(config);
    }
}
