/**
 * Spring JDBC: plain SQL in text blocks, sent through {@link org.springframework.jdbc.core.simple.JdbcClient}
 * with named parameters; object graphs assembled by hand from one join by a
 * {@link org.springframework.jdbc.core.ResultSetExtractor}; one Spring-managed transaction per call.
 * Nothing is hidden: every statement the registrar sends is in this package, and there is no session,
 * no cache, no lazy loading.
 */
package dev.m2m.jdbc;
