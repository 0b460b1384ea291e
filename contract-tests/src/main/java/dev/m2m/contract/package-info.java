/**
 * The contract test kit: the specification every {@link dev.m2m.core.Registrar} implementation
 * passes, on every database.
 *
 * <p>An implementation module depends on this module with test scope and writes one tiny class
 * per database:
 *
 * <pre>{@code
 * class JdbcRegistrarH2Test extends RegistrarContract {
 *     JdbcRegistrarH2Test() {
 *         super(TestDatabase.H2, JdbcImplementation.UNDER_TEST);
 *     }
 * }
 * }</pre>
 *
 * {@link dev.m2m.contract.TestDatabase} provides H2 in memory and PostgreSQL (embedded, or the
 * server named by {@code -Dm2m.postgres.url}); {@link dev.m2m.contract.StatementRecorder} counts the
 * SQL statements each operation sends, through datasource-proxy.
 */
package dev.m2m.contract;
