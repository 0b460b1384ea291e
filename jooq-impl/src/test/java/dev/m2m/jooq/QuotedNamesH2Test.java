package dev.m2m.jooq;

import static dev.m2m.jooq.schema.Tables.STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.m2m.contract.TestDatabase;
import java.sql.SQLException;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Why {@link Transactions} renders names unquoted: the generated names are lower case, as the migrations
 * write them, and jOOQ quotes every name by default; H2 created the tables in upper case (it folds unquoted
 * names so), so a quoted {@code "student"} is another, missing table.
 */
class QuotedNamesH2Test {

    @Test
    void shouldNotFindTheTablesWhenTheLowerCaseNamesAreQuoted() throws SQLException {
        var database = TestDatabase.H2;
        try (var connection = database.dataSource().getConnection()) {
            var quoted = DSL.using(connection, SQLDialect.H2);

            assertThat(quoted.render(quoted.selectCount().from(STUDENT))).contains("\"student\"");
            assertThatThrownBy(() -> quoted.fetchCount(STUDENT))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("Table \"student\" not found");

            var unquoted = DSL.using(connection, SQLDialect.H2,
                    new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
            assertThat(unquoted.fetchCount(STUDENT)).isNotNegative();
        }
    }
}
