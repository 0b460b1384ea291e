/**
 * Teaching code beside the jOOQ registrar, each class a way it could have been written, timed in the
 * benchmarks against it:
 * {@link dev.m2m.jooq.showcase.FlatJoinReads}, the graph reads as one flat join whose rows repeat the
 * parent's columns once per child, folded into records by hand ({@code JOOQ_FLAT_JOIN});
 * {@link dev.m2m.jooq.showcase.RenderedOnceReads}, the registrar's {@code MULTISET} reads with their SQL
 * rendered once and kept ({@code JOOQ_RENDERED_ONCE}); and {@link dev.m2m.jooq.showcase.WideParentReads},
 * a course with a description of a chosen width read nested and as a flat join, the case {@code MULTISET}
 * is made for. The same answers in the same one statement each; what differs is what travels and who
 * builds the nesting.
 */
package dev.m2m.jooq.showcase;
