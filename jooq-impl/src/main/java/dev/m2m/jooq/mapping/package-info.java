/**
 * jOOQ's vocabulary beyond the generated tables ({@code dev.m2m.jooq.schema}): the {@code MULTISET} fields
 * that nest one side of the link in the other's row, mapped onto domain records.
 */
package dev.m2m.jooq.mapping;
