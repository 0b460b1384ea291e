/**
 * What an ORM would do for Spring JDBC, done by hand: the {@code ResultSetExtractor}s that build the domain's
 * object graphs from the rows of one join ({@link dev.m2m.jdbc.mapping.GraphExtractors}).
 */
package dev.m2m.jdbc.mapping;
