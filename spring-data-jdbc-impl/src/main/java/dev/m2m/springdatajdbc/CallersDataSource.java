package dev.m2m.springdatajdbc;

import javax.sql.DataSource;

/**
 * The caller's DataSource, handed to the context inside a holder rather than as a bean of its own: Spring
 * closes a closeable bean with its context, and the pool belongs to the caller.
 */
record CallersDataSource(DataSource dataSource) {
}
