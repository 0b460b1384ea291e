/**
 * The graph reads written the other way, for comparison with the registrar's {@code MULTISET}: one flat
 * join whose rows repeat the parent's columns once per child, folded into records by hand
 * ({@link dev.m2m.jooq.showcase.FlatJoinReads}). The same answers in the same one statement; what differs
 * is what travels and who builds the nesting, measured in the benchmarks as {@code JOOQ_FLAT_JOIN}.
 */
package dev.m2m.jooq.showcase;
