/**
 * MyBatis 3 with XML mappers: you write every SQL statement, MyBatis runs it with {@code #{}}
 * parameters and builds the object graph from a {@code <resultMap>}: an {@code <id>} at every level
 * tells it which rows belong to one object, and a {@code <collection>} gathers the many side of the
 * join. The mappers and the rows they build are in {@link dev.m2m.mybatis.mapping}; each mapper interface has
 * its XML at the same package path ({@code src/main/resources/dev/m2m/mybatis/mapping}), its namespace is the
 * interface's full name, and each statement id is the method's name.
 * {@link dev.m2m.mybatis.showcase} compares a nested select (N+1) with nested results (one join) and with
 * flat rows folded by a {@code ResultHandler}, as teaching code.
 */
package dev.m2m.mybatis;
