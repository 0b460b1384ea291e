/**
 * The shared schema (Flyway migrations under {@code db/migration}) and the one way every
 * implementation, test and benchmark gets a pooled, migrated {@link javax.sql.DataSource}.
 */
package dev.m2m.core.schema;
